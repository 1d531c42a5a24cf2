/**
 * The review cycle against a real client: the example map's review copy is reviewed in
 * LibreOffice (through UNO: tests/helpers/libreoffice) — a tracked replace and insertion in
 * one outcome statement, an untracked edit of a skill statement, a comment on the outcome
 * and one on the cover — and `mcred review` must report exactly that: two proposed
 * changes, the comment on the outcome, the cover comment as not placed. Then `--accept all`
 * writes the reviewer's text into the map, attributed to the reviewer.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands';
import { runExport } from '../../../shared/export/request';
import { parseDocument, serialiseDocument } from '../../../shared/format';
import { formatStamp, makeClock, stampAuthor, type McredDocument, type Outcome, type Skill } from '../../../shared/model';
import { createSampleDocument } from '../../../shared/sample';
import { ID } from '../../../shared/sample/example/ids';
import { hasLibreOffice, libreOfficeMissing, reviewWithLibreOffice, type ReviewOp } from '../../helpers/libreoffice';
import { makeTempDir, runCli } from '../cli/support/runCli';

const REVIEWER = 'Rita Howard';
const available = hasLibreOffice();
if (!available) console.warn(`libreofficeReview: skipped, LibreOffice cannot be driven here: ${libreOfficeMissing().join('; ')}`);

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

/** The example map with the revision the review copy is recorded as. */
function mapWithRevision(): McredDocument {
  const doc = createSampleDocument();
  const designer = Object.values(doc.people).find((p) => p.role === 'designer')!.id;
  const r = applyCommand(doc, { name: 'revision.create', payload: { id: 'rv_lotest', name: 'Sent to faculty review (May)', at: '2026-05-01T09:00:00.000Z', author: designer } }, { stamp: formatStamp(makeClock('lotest01', Date.parse('2026-05-01T09:00:00Z')), designer) });
  if (!r.ok) throw new Error(r.refusal.message);
  return r.doc;
}

describe('a review copy reviewed in LibreOffice', () => {
  it.skipIf(!available)(
    'comes back as exactly the reviewer’s changes and comments, and the accepted text is the reviewer’s',
    async () => {
      const doc = mapWithRevision();
      const outcome = doc.entities[ID.outcome.detect] as Outcome;
      const skill = doc.entities[ID.skill.threats] as Skill;
      const exported = await runExport(doc, { format: 'docx', credentialIds: [ID.credential.analyst], revision: 'rv_lotest' }, { now: new Date('2026-05-01T10:00:00Z') });

      const words = outcome.statement.replace(/\.$/, '').split(' ');
      const [verb] = words;
      const middle = words.slice(1, 5).join(' ');
      const ops: ReviewOp[] = [
        { op: 'replace', in: middle, find: verb!, with: 'Investigate', track: true },
        { op: 'insert', in: middle, after: words.at(-1)!, text: ' under time pressure', track: true },
        { op: 'insert', in: skill.statement, after: skill.statement, text: ' and threat actors', track: false },
        { op: 'comment', in: middle, text: 'Is this measurable within the lab time?' },
        { op: 'comment', in: 'Micro-credential specification', text: 'Please name the owning faculty on the cover.' },
      ];
      const reviewed = await reviewWithLibreOffice(exported.bytes, ops, REVIEWER);
      writeFileSync(join(dir, 'map.mcred'), serialiseDocument(doc));
      writeFileSync(join(dir, 'reviewed.docx'), reviewed);

      const out = await runCli(['review', 'map.mcred', 'reviewed.docx', '--json'], { cwd: dir });
      expect(out.stderr).toBe('');
      expect(out.code).toBe(0);
      const listing = JSON.parse(out.stdout) as {
        changes: { id: string; entity: string; field: string; before: string; after: string; author: string; date: string }[];
        comments: { entity: string; field?: string; author: string; text: string; replies: unknown[]; resolved: boolean }[];
        unplaced: { kind: string; text: string; where: string }[];
      };
      const afterStatement = `Investigate ${outcome.statement.slice(verb!.length + 1, -1)} under time pressure.`;
      expect(listing.changes.map(({ id: _id, date: _date, ...c }) => c)).toEqual([
        { entity: outcome.id, field: 'statement', before: outcome.statement, after: afterStatement, author: REVIEWER },
        { entity: skill.id, field: 'statement', before: skill.statement, after: `${skill.statement} and threat actors`, author: REVIEWER },
      ].sort((a, b) => listing.changes.findIndex((c) => c.entity === a.entity) - listing.changes.findIndex((c) => c.entity === b.entity)));
      expect(listing.comments).toEqual([expect.objectContaining({ entity: outcome.id, field: 'statement', author: REVIEWER, text: 'Is this measurable within the lab time?', replies: [], resolved: false })]);
      expect(listing.unplaced).toEqual([expect.objectContaining({ kind: 'comment', where: 'Cover page', text: expect.stringContaining('Please name the owning faculty on the cover.') })]);

      const accepted = await runCli(['review', 'map.mcred', 'reviewed.docx', '--accept', 'all', '--out', 'revised.mcred', '--author', 'Dr. Maya Chen'], { cwd: dir });
      expect(accepted.stderr).toBe('');
      expect(accepted.code).toBe(0);
      const loaded = parseDocument(readFileSync(join(dir, 'revised.mcred')));
      if (!loaded.ok) throw new Error(loaded.problems[0]?.message);
      const revised = loaded.doc;
      expect((revised.entities[outcome.id] as Outcome).statement).toBe(afterStatement);
      expect((revised.entities[skill.id] as Skill).statement).toBe(`${skill.statement} and threat actors`);
      const reviewer = Object.values(revised.people).find((p) => p.name === REVIEWER);
      expect(reviewer?.role).toBe('reviewer');
      expect(stampAuthor(revised.meta.stamps[outcome.id]!.statement!)).toBe(reviewer!.id);
      expect(Object.values(revised.proposals).map((p) => p.status)).toEqual(['accepted', 'accepted']);
      expect(Object.values(revised.reviews)).toEqual([expect.objectContaining({ file: 'reviewed.docx', revision: 'rv_lotest', credential: ID.credential.analyst })]);
    },
    180_000,
  );
});
