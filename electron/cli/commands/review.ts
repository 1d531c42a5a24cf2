import { stat, readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { applyCommand } from '../../../shared/commands';
import { parseDocument, serialiseDocument } from '../../../shared/format';
import { makeId, type McredDocument } from '../../../shared/model';
import { planReview } from '../../../shared/review/plan';
import { READ_LIMITS, readReviewDocx } from '../../../shared/review/read';
import type { ReviewListing, ReviewPlan } from '../../../shared/review/reading';
import { saveDocumentFile, withSaveRecord } from '../../services/documents';
import { flagValue } from '../args';
import { StampSource, defaultAuthorName, ensureAuthor, isIdInUse } from '../attribution';
import { EXIT, errorSummary, writeLines, type CliIo, type ExitCode } from '../output';
import { loadForCommand, resolveFile } from '../paths';
import type { CliCommand } from './types';

const fail = (io: CliIo, message: string): ExitCode => (io.stderr(`mcred review: ${message}\n`), EXIT.failed);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const short = (s: string, n = 100) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t || '(empty)';
};

/** Reads the returned .docx without pulling a huge file into memory. */
async function readReview(path: string): Promise<Uint8Array | string> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return `${basename(path)} is not a file`;
    if (info.size > READ_LIMITS.file) return `${basename(path)} is ${Math.round(info.size / 1048576)} MB; review copies larger than ${READ_LIMITS.file / 1048576} MB are not imported`;
    return new Uint8Array(await readFile(path));
  } catch (e) {
    return `${basename(path)} could not be read (${errorSummary(e)})`;
  }
}

function listingLines(review: string, l: ReviewListing, fresh: ReviewPlan['fresh']): string[] {
  const lines = [`${review}: ${plural(l.changes.length, 'proposed change')}, ${plural(l.comments.length, 'comment thread')}, ${l.unplaced.length} not placed`];
  if (l.changes.length + l.comments.length > 0 && fresh.changes + fresh.comments === 0) lines.push('  (all of it is already in the map: this review was imported before)');
  for (const c of l.changes) lines.push(`  ${c.id}  ${c.entity}.${c.field} by ${c.author}, ${c.date}`, `    before: ${short(c.before)}`, `    after:  ${short(c.after)}`);
  for (const c of l.comments) {
    lines.push(`  ${c.id}  comment on ${c.entity}${c.field ? `.${c.field}` : ''} by ${c.author}${c.resolved ? ' (resolved)' : ''}: ${short(c.text)}`);
    for (const r of c.replies) lines.push(`    reply by ${r.author}: ${short(r.text)}`);
  }
  for (const u of l.unplaced) lines.push(`  not placed (${u.kind}, ${short(u.where, 60)}): ${short(u.text)}`);
  return lines;
}

/** `mcred review FILE REVIEWED.docx [--json] [--accept all|ID,…] [--out OUT] [--author NAME]` */
export const reviewCommand: CliCommand = {
  name: 'review',
  summary: 'list what a returned Word review copy proposes, or import it and accept changes',
  positionals: ['FILE', 'REVIEWED.docx'],
  flags: [
    { name: '--json', help: 'print { changes, comments, unplaced } as JSON (listing only)' },
    { name: '--accept', value: 'all|ID,…', help: 'accept these proposed changes (ids from the listing) after importing' },
    { name: '--out', value: 'OUT', help: 'import the review and write the map to OUT (may be FILE itself)' },
    { name: '--author', value: 'NAME', help: 'who imports and accepts (default: $USER); added to the people of the map if new' },
  ],
  details: [
    'Without --out nothing is written: the proposed changes (tracked changes and edits, per',
    'reviewer), comment threads and what could not be placed on a field are listed.',
    'With --out the review is imported (reviewers, comments, proposed changes) and the',
    'changes named by --accept are accepted; OUT is written atomically, keeping OUT.bak.',
    'Exit code 0: listed or written. 2: the map or the .docx could not be read, or a change',
    'could not be accepted; nothing is written then.',
    'Examples:',
    '  mcred review map.mcred returned.docx',
    '  mcred review map.mcred returned.docx --accept all --out map.mcred --author "Maya Chen"',
  ],
  async run(args, io) {
    const [file, docx] = args.positionals as [string, string];
    const out = flagValue(args, '--out');
    const accept = flagValue(args, '--accept');
    const json = args.flags.has('--json');
    if (accept !== undefined && out === undefined) return fail(io, '--accept needs --out OUT (where to write the map; it may be FILE itself)');
    if (json && out !== undefined) return fail(io, '--json lists the review; leave out --out and --accept');
    const loaded = await loadForCommand(io, file);
    if (!loaded) return EXIT.failed;
    const bytes = await readReview(resolveFile(io, docx));
    if (typeof bytes === 'string') return fail(io, `${bytes}; nothing was written`);
    const reading = readReviewDocx(bytes);
    if (!reading.ok) return fail(io, `${docx}: ${reading.message}`);

    const stamps = new StampSource(loaded.doc, io);
    const author = ensureAuthor(loaded.doc, flagValue(args, '--author') ?? defaultAuthorName(io), stamps, io.random);
    if (!author.ok) return fail(io, `${author.message}; nothing was written`);
    const now = new Date(io.now());
    const planned = planReview(author.doc, reading.reading, { now, importer: author.person.id, file: basename(docx) });
    if (!planned.ok) return fail(io, `${docx}: ${planned.message}`);
    const { plan } = planned;
    if (out === undefined) {
      if (json) io.stdout(`${JSON.stringify(plan.listing, null, 2)}\n`);
      else writeLines(io.stdout, listingLines(docx, plan.listing, plan.fresh));
      return EXIT.ok;
    }

    const imported = applyCommand(author.doc, { name: 'review.import', payload: plan.payload }, { stamp: stamps.next(author.person.id) });
    if (!imported.ok) return fail(io, `the review could not be imported (${imported.refusal.message}); nothing was written`);
    const ids = plan.listing.changes.map((c) => c.id);
    const wanted = accept === undefined ? [] : accept.trim() === 'all' ? ids.filter((id) => imported.doc.proposals[id]?.status === 'open') : accept.split(',').map((s) => s.trim()).filter(Boolean);
    let doc: McredDocument = imported.doc;
    for (const id of wanted) {
      if (!ids.includes(id)) return fail(io, `"${id}" is not a change this review proposes (mcred review ${file} ${docx} lists them); nothing was written`);
      const decided = applyCommand(doc, { name: 'proposal.decide', payload: { id, decision: 'accepted', by: author.person.id, at: now.toISOString() } }, { stamp: stamps.next(author.person.id) });
      if (!decided.ok) return fail(io, `${id} could not be accepted: ${decided.refusal.message}; nothing was written`);
      doc = decided.doc;
    }
    let saveId = makeId('save', io.random);
    while (isIdInUse(doc, saveId)) saveId = makeId('save', io.random);
    const next = withSaveRecord(doc, { id: saveId, stamp: stamps.next(author.person.id) });
    // Never write what could not be read back: a bug here must not cost the user the file.
    const check = parseDocument(serialiseDocument(next));
    if (!check.ok) return fail(io, `the imported map would not load again (${check.problems[0]?.message ?? 'unknown problem'}); nothing was written`);
    const outPath = resolveFile(io, out);
    const same = outPath === resolveFile(io, file);
    const saved = await saveDocumentFile(outPath, next, same ? { expectedHash: loaded.hash } : {}).catch((e: unknown) => ({ ok: false as const, message: `${out} could not be saved (${errorSummary(e)})` }));
    if (!saved.ok) return fail(io, saved.message);
    const fresh = plan.fresh.changes + plan.fresh.comments === 0 ? ' (nothing new: imported before)' : '';
    io.stdout(
      `${out}: imported ${docx}${fresh}: ${plural(plan.fresh.changes, 'new proposed change')}, ${plural(plan.fresh.comments, 'new comment')}, ${plan.listing.unplaced.length} not placed; accepted ${wanted.length} (by ${author.person.name})\n`,
    );
    return EXIT.ok;
  },
};
