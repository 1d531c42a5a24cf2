import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { applyCommand } from '../../../shared/commands';
import { POSTING_FIELDS, notTextMessage, planEvidence, type EvidenceResult, type PostingsFormat } from '../../../shared/evidence';
import { flagValue, parseColumnMap } from '../args';
import { StampSource, ensureAuthor, requiredAuthor } from '../attribution';
import { EXIT, MAX_HUMAN_PROBLEMS, errorSummary, writeLines, type CliIo } from '../output';
import { loadForCommand, resolveFile } from '../paths';
import { countPostingsFile, isNotTextFile, type CountedFile } from '../postings';
import { saveEdit } from '../save';
import type { CliCommand } from './types';

const fail = (io: CliIo, message: string) => (io.stderr(`mcred evidence: ${message}\n`), EXIT.failed);

/** A progress bar on one line of stderr, redrawn when the percentage changes. */
function progressBar(io: CliIo): { update: (read: number, size: number) => void; done: () => void } {
  let shown = -1;
  return {
    update(read, size) {
      const pct = size ? Math.floor((100 * read) / size) : 100;
      if (pct === shown) return;
      shown = pct;
      const filled = Math.round(pct / 4);
      io.stderr(`\rCounting postings [${'#'.repeat(filled)}${'.'.repeat(25 - filled)}] ${String(pct).padStart(3)}% of ${Math.max(1, Math.round(size / 1e6))} MB`);
    },
    done: () => void (shown >= 0 && io.stderr('\r\x1b[2K')),
  };
}

const pct = (n: number, of: number) => (of ? `${Math.round((100 * n) / of)}%` : '–');

function table(result: EvidenceResult): string[] {
  const rows = result.skills.map((s) => [String(s.postings), pct(s.postings, result.postings), s.label.length > 60 ? `${s.label.slice(0, 59)}…` : s.label, s.employers.slice(0, 3).map((e) => e.name).join(', ')]);
  const head = ['Postings', 'Share', 'Skill', 'Top employers'];
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i < 2 ? c.padStart(width[i]!) : i === r.length - 1 ? c : c.padEnd(width[i]!))).join('  ').trimEnd();
  return [line(head), ...rows.map(line)];
}

function humanReport(io: CliIo, source: string, counted: CountedFile): void {
  const { result } = counted;
  const period = result.from ? `, ${result.from} to ${result.to}` : '';
  io.stdout(`${source}: ${result.postings.toLocaleString('en')} postings${period}\n\n`);
  writeLines(io.stdout, table(result));
  const uncovered = result.skills.filter((s) => s.postings > 0 && !s.covered);
  if (uncovered.length) writeLines(io.stdout, ['', 'In demand, but no outcome addresses them:', ...uncovered.map((s) => `  ${s.label} (${s.postings} postings)`)]);
  if (result.phrases.length) {
    const note = result.phrasesApproximate ? ' (rare phrases were dropped to bound memory; counts are at least these)' : '';
    writeLines(io.stdout, ['', `In demand, not in the map: frequent phrases that are no skill's name${note}:`, ...result.phrases.map((p) => `  ${p.name} (${p.postings} postings)`)]);
  }
}

export const evidenceCommand: CliCommand = {
  name: 'evidence',
  summary: 'count, per skill of a map, the job postings that name it (CSV/TSV or JSON lines); --apply records it',
  positionals: ['FILE', 'POSTINGS'],
  flags: [
    { name: '--format', value: 'csv|jsonl', help: 'the format of POSTINGS (default: JSON lines when it starts with "{", else CSV/TSV)' },
    { name: '--map', value: 'LIST', help: 'which column (or JSON key) holds each field, as FIELD=COLUMN pairs joined by commas (fields: title, employer, date, text; text is required)' },
    { name: '--region', value: 'TEXT', help: 'the labour market the postings come from, e.g. "Northfield metro" (recorded with --apply)' },
    { name: '--apply', help: "record the counts in each skill's evidence of demand, as one change, and save FILE" },
    { name: '--author', value: 'NAME', help: 'who made the change (with --apply; default: your name as set in the app, else $USER)' },
    { name: '--json', help: 'print the result as JSON' },
  ],
  details: [
    'A posting names a skill when the words of its label, one of its other names, or a shorter',
    'form of them ("Knowledge of X" → "X") occur in the posting in order, inflections allowed',
    '("administer medication" = "administering medications"). Each posting counts once per skill.',
    'POSTINGS is streamed (any size; UTF-8 or UTF-16, with or without BOM). Malformed rows, rows',
    'without text, dates that are not YYYY-MM-DD and titles or employers that are spreadsheet',
    'formulas are skipped and listed as POSTINGS:LINE.',
    "--apply gives every skill a fresh count, period and top five employers; the skill's own notes",
    'are kept. The save merges with anyone else\'s save, as mcred set does (FILE.bak keeps the',
    'previous version).',
    'Examples:',
    '  mcred evidence map.mcred postings.csv',
    '  mcred evidence map.mcred export.jsonl --region "Northfield metro" --apply --author "Ada Lovelace"',
  ],
  async run(args, io) {
    const [file, source] = args.positionals as [string, string];
    const json = args.flags.get('--json') === true;
    const apply = args.flags.get('--apply') === true;
    const format = flagValue(args, '--format');
    if (format !== undefined && format !== 'csv' && format !== 'jsonl') return fail(io, '--format must be csv or jsonl');
    const mapFlag = flagValue(args, '--map');
    const mapping = mapFlag === undefined ? undefined : parseColumnMap(mapFlag, POSTING_FIELDS);
    if (mapping && 'error' in mapping) return fail(io, mapping.error);
    const region = flagValue(args, '--region');

    const loaded = await loadForCommand(io, file);
    if (!loaded) return EXIT.failed;
    const who = apply ? requiredAuthor(io, flagValue(args, '--author')) : undefined;
    if (who && !who.ok) return fail(io, `${who.message}; ${file} was not changed`);
    const info = await stat(resolveFile(io, source)).catch((e: unknown) => new Error(errorSummary(e)));
    if (info instanceof Error) return fail(io, `${source} could not be read (${info.message})`);
    if (!info.isFile()) return fail(io, `${source} is not a file`);
    const notText = await isNotTextFile(resolveFile(io, source)).catch((e: unknown) => new Error(errorSummary(e)));
    if (notText instanceof Error) return fail(io, `${source} could not be read (${notText.message})`);
    if (notText) return fail(io, `${notTextMessage(source)}${apply ? `; ${file} was not changed` : ''}`);

    const bar = io.progress && !json ? progressBar(io) : undefined;
    const counted = await countPostingsFile(resolveFile(io, source), loaded.doc, {
      ...(format ? { format: format as PostingsFormat } : {}),
      ...(mapping ? { mapping } : {}),
      ...(bar ? { onProgress: bar.update } : {}),
    }).catch((e: unknown) => ({ error: `could not be read (${errorSummary(e)})` }));
    bar?.done();
    if ('error' in counted) return fail(io, `${source}: ${counted.error}${apply ? `; ${file} was not changed` : ''}`);

    let written = false;
    let notice: string[] = [];
    if (apply) {
      const call = planEvidence(loaded.doc, counted.result, { ...(region ? { region } : {}), source: basename(source) });
      if (call) {
        const stamps = new StampSource(loaded.doc, io);
        const author = ensureAuthor(loaded.doc, who!.ok ? who!.name : '', stamps, io.random, who!.ok ? who!.identity : undefined);
        if (!author.ok) return fail(io, `${author.message}; ${file} was not changed`);
        const result = applyCommand(author.doc, call, { stamp: stamps.next(author.person.id) });
        if (!result.ok) return fail(io, `${result.refusal.message}; ${file} was not changed`);
        if (result.patches.length) {
          const saved = await saveEdit(io, file, loaded, result.doc, stamps.next(author.person.id));
          if (!saved.ok) return fail(io, saved.message);
          notice = saved.notice;
          written = true;
        }
      }
    }

    const problems = counted.problems.map((p) => `${source}:${p.line}: ${p.message}`);
    if (json) {
      // stdout is the JSON alone: what someone else's save brought in goes to stderr.
      writeLines(io.stderr, notice);
      const { result } = counted;
      io.stdout(`${JSON.stringify({ file, source, format: counted.format, mapping: counted.mapping, ...result, problems: counted.problems, problemCount: counted.problemCount, written }, null, 2)}\n`);
      return EXIT.ok;
    }
    if (problems.length) {
      writeLines(io.stderr, [`skipped ${counted.problemCount} row${counted.problemCount === 1 ? '' : 's'}:`, ...problems.slice(0, MAX_HUMAN_PROBLEMS)]);
      if (counted.problemCount > MAX_HUMAN_PROBLEMS) io.stderr(`… and ${counted.problemCount - MAX_HUMAN_PROBLEMS} more\n`);
    }
    humanReport(io, source, counted);
    if (apply) io.stdout(written ? `\n${file}: recorded the counts of ${counted.result.skills.length} skills (one change)\n` : `\n${file}: the counts are already recorded; nothing was written\n`);
    writeLines(io.stdout, notice);
    return EXIT.ok;
  },
};
