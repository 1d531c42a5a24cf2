import { applyCommand } from '../../../shared/commands';
import { describeUpdate, detectFrameworkUpdates, flagUpdatesPayload, type ImportFormat, type ImportedSkill, type SkillUpdate } from '../../../shared/import';
import type { McredDocument } from '../../../shared/model';
import type { StampSource } from '../attribution';
import { EXIT, writeLines, type CliIo, type ExitCode } from '../output';
import type { LoadedMap } from '../paths';
import { saveEdit } from '../save';

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
  /** The map to check (the loaded one, with the author added when --apply), the map as loaded, and the stamps. */
  doc: McredDocument;
  loaded: LoadedMap;
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
  let notice: string[] = [];
  if (input.apply && check.updates.length) {
    const result = applyCommand(doc, { name: 'skill.flagUpdates', payload: flagUpdatesPayload(check) }, { stamp: input.stamps.next(input.personId) });
    if (!result.ok) return (io.stderr(`mcred import: ${result.refusal.message}; ${file} was not changed\n`), EXIT.failed);
    if (result.patches.length) {
      const saved = await saveEdit(io, file, input.loaded, result.doc, input.stamps.next(input.personId));
      if (!saved.ok) return (io.stderr(`mcred import: ${saved.message}\n`), EXIT.failed);
      written = true;
      notice = saved.notice;
    }
  }
  if (input.json) {
    // stdout is the JSON alone: what someone else's save brought in goes to stderr.
    writeLines(io.stderr, notice);
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
  writeLines(io.stdout, [...out, ...notice]);
  return EXIT.ok;
}
