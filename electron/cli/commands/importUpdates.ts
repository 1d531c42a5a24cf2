import { applyCommand } from '../../../shared/commands';
import { parseDocument, serialiseDocument } from '../../../shared/format';
import { describeUpdate, detectFrameworkUpdates, flagUpdatesPayload, type ImportFormat, type ImportedSkill, type SkillUpdate } from '../../../shared/import';
import { makeId, type McredDocument } from '../../../shared/model';
import { saveDocumentFile, withSaveRecord } from '../../services/documents';
import { isIdInUse, type StampSource } from '../attribution';
import { EXIT, errorSummary, type CliIo, type ExitCode } from '../output';
import { resolveFile } from '../paths';

/** Saves a changed map atomically with a save record, only if no one changed FILE since it was read; the message on failure. */
export async function saveChangedMap(io: CliIo, file: string, doc: McredDocument, stamps: StampSource, personId: string, expectedHash: string): Promise<string | undefined> {
  let saveId = makeId('save', io.random);
  while (isIdInUse(doc, saveId)) saveId = makeId('save', io.random);
  const next = withSaveRecord(doc, { id: saveId, stamp: stamps.next(personId) });
  const check = parseDocument(serialiseDocument(next));
  if (!check.ok) return `the changed map would not load again (${check.problems[0]?.message ?? 'unknown problem'}); ${file} was not changed`;
  const saved = await saveDocumentFile(resolveFile(io, file), next, { expectedHash }).catch((e: unknown) => ({ ok: false as const, message: `${file} could not be saved (${errorSummary(e)})` }));
  return saved.ok ? undefined : saved.message;
}

export interface CheckUpdatesInput {
  file: string;
  source: string;
  format: ImportFormat;
  skills: readonly ImportedSkill[];
  release: string | undefined;
  /** --full-release, or a CASE package (a whole CFDocument): skills it lacks were removed. */
  complete: boolean;
  apply: boolean;
  json: boolean;
  /** The loaded map (with the author added when --apply), its hash and the stamps. */
  doc: McredDocument;
  hash: string;
  stamps: StampSource;
  personId: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const CHANGE_WIDTH = 9;

function line(u: SkillUpdate): string {
  const reach = [u.outcomes.length ? `outcomes: ${u.outcomes.map((o) => o.label).join(', ')}` : 'no outcome', u.credentials.length ? `credentials: ${u.credentials.map((c) => c.label).join(', ')}` : ''].filter(Boolean);
  return `  ${u.update.change.padEnd(CHANGE_WIDTH)} “${u.statement}” — ${describeUpdate(u.update)} (${reach.join('; ')})`;
}

/**
 * `mcred import FILE SOURCE --check-updates`: compares SOURCE, a release of a framework the
 * map has skills from, with those skills and reports what changed and what each change
 * reaches; with --apply stores the updates on the skills (one change, `skill.flagUpdates`),
 * to be accepted or dismissed in the app. Imports no skill.
 */
export async function checkUpdates(io: CliIo, input: CheckUpdatesInput): Promise<ExitCode> {
  const { file, source, doc } = input;
  const found = new Date(io.now()).toISOString().slice(0, 10);
  const check = detectFrameworkUpdates(doc, input.skills, { found, ...(input.release ? { release: input.release } : {}), complete: input.complete, compareDescriptions: input.format !== 'onet' });
  let written = false;
  if (input.apply && check.updates.length) {
    const result = applyCommand(doc, { name: 'skill.flagUpdates', payload: flagUpdatesPayload(check) }, { stamp: input.stamps.next(input.personId) });
    if (!result.ok) return (io.stderr(`mcred import: ${result.refusal.message}; ${file} was not changed\n`), EXIT.failed);
    if (result.patches.length) {
      const failed = await saveChangedMap(io, file, result.doc, input.stamps, input.personId, input.hash);
      if (failed) return (io.stderr(`mcred import: ${failed}\n`), EXIT.failed);
      written = true;
    }
  }
  if (input.json) {
    const updates = check.updates.map((u) => ({ skill: u.skillId, statement: u.statement, matchedBy: u.matchedBy, update: u.update, outcomes: u.outcomes, credentials: u.credentials }));
    const counts = { release: check.release, frameworks: check.frameworks, checked: check.checked, upToDate: check.upToDate, unchanged: check.unchanged, notInRelease: check.notInRelease, removalsChecked: check.removalsChecked };
    io.stdout(`${JSON.stringify({ file, source, format: input.format, ...counts, written, updates }, null, 2)}\n`);
    return EXIT.ok;
  }
  const release = check.release ?? `${source} (give its name with --release)`;
  const frameworks = check.frameworks.join(', ') || 'no framework';
  const out = [`${file}: ${release} changes ${check.updates.length} of ${plural(check.checked, 'skill')} mapped from ${frameworks}`, ...check.updates.map(line)];
  const notes = [
    check.unchanged ? `${check.unchanged} unchanged` : '',
    check.upToDate ? `${check.upToDate} already at this release` : '',
    check.notInRelease ? `${check.notInRelease} not in ${source} (a partial file; --full-release reports skills it lacks as removed)` : '',
  ].filter(Boolean);
  if (notes.length) out.push(notes.join('; '));
  if (check.updates.length) out.push(written ? `flagged ${plural(check.updates.length, 'skill')} as one change: accept or dismiss each in the skill's inspector` : input.apply ? 'nothing was written (these updates were already flagged)' : 'nothing was written (--apply flags them on the skills)');
  io.stdout(`${out.join('\n')}\n`);
  return EXIT.ok;
}
