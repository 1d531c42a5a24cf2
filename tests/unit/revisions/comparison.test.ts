import { describe, expect, it } from 'vitest';
import { revisionCall } from '../../../renderer/src/features/revisions/model/calls';
import { buildComparison, changeLine, fieldLabel, NOW, orderPoints, pointName } from '../../../renderer/src/features/revisions/model/comparison';
import { applyCommand, type CommandCall } from '../../../shared/commands';
import type { McredDocument } from '../../../shared/model';
import { createSampleDocument } from '../../../shared/sample';
import { ID } from '../../../shared/sample/example/ids';
import { REVISED_REMEDIATE_STATEMENT } from '../../../shared/sample/example/outcomes';
import { nextStamp } from '../../helpers/builders';
import { seededRandom } from '../../helpers/json';

const FACULTY = ID.revision.facultyReview;

function run(doc: McredDocument, call: CommandCall): McredDocument {
  const result = applyCommand(doc, call, { stamp: nextStamp() });
  if (!result.ok) throw new Error(result.refusal.message);
  return result.doc;
}

/** The example with a second revision marked now, by its designer. */
function withRevision(doc: McredDocument, name: string, at: Date): { doc: McredDocument; id: string } {
  const author = Object.values(doc.revisions)[0]!.author;
  const built = revisionCall(name, author, { now: at, random: seededRandom(5) });
  if (!built.ok) throw new Error(built.message);
  return { doc: run(doc, built.call), id: built.id };
}

describe('comparing two versions of the map', () => {
  it('lists the outcome rewritten since the faculty review, with its field label and both texts, and marks it', () => {
    const doc = createSampleDocument();
    const comparison = buildComparison(doc, NOW, FACULTY)!;
    expect(comparison.older).toBe(FACULTY);
    expect(comparison.newer).toBe(NOW);
    const statement = comparison.changes.find((c) => c.record === ID.outcome.remediate && c.field === 'Statement');
    expect(statement).toMatchObject({ op: 'changed', kindLabel: 'Learning outcome', after: REVISED_REMEDIATE_STATEMENT });
    expect(statement?.before).toMatch(/^Justify vulnerability remediation plans/);
    expect(statement?.sentence).toMatch(/: Statement changed from “Justify .*” to “.*”$/);
    expect(comparison.changedIds.has(ID.outcome.remediate)).toBe(true);
  });

  it('orders by time whichever is picked first: now is always the newer', () => {
    const { doc, id } = withRevision(createSampleDocument(), 'Sent to faculty review 2', new Date('2026-04-01T10:00:00Z'));
    expect(orderPoints(doc, id, FACULTY)).toEqual({ older: FACULTY, newer: id });
    expect(orderPoints(doc, FACULTY, id)).toEqual({ older: FACULTY, newer: id });
    expect(orderPoints(doc, NOW, id)).toEqual({ older: id, newer: NOW });
    expect(buildComparison(doc, id, NOW)?.changes).toEqual([]);
  });

  it('says what was added and removed', () => {
    const { doc, id } = withRevision(createSampleDocument(), 'Before the cut', new Date('2026-04-01T10:00:00Z'));
    const cut = run(doc, { name: 'entity.delete', payload: { ids: [ID.outcome.triage] } });
    const comparison = buildComparison(cut, id, NOW)!;
    const removed = comparison.changes.find((c) => c.record === ID.outcome.triage);
    expect(removed).toMatchObject({ op: 'removed', kindLabel: 'Learning outcome' });
    expect(removed?.sentence).toMatch(/^Learning outcome removed: Prioritise security alerts/);
    // Its links went with it: their other ends are marked too.
    expect(comparison.changedIds.has(ID.outcome.triage)).toBe(true);
    expect(comparison.changedIds.size).toBeGreaterThan(1);
  });

  it('gives up when a revision is no longer in the map', () => {
    expect(buildComparison(createSampleDocument(), 'rv_gone', NOW)).toBeUndefined();
  });

  it('names points and fields in words', () => {
    const doc = createSampleDocument();
    expect(pointName(doc, NOW)).toBe('Now');
    expect(pointName(doc, FACULTY)).toBe('Sent to faculty review');
    expect(fieldLabel('credential', 'workloadHours')).toMatch(/workload/i);
    expect(fieldLabel('link', 'level')).toBe('Level');
    expect(fieldLabel('settings', 'hoursPerCredit')).toBe('Hours per credit');
    expect(changeLine({ record: 'lk_1', kind: 'link', label: '“A” addresses “B”', op: 'added' }, 0).sentence).toBe('Link added: “A” addresses “B”');
    expect(changeLine({ record: 'map', kind: 'settings', label: 'Map settings', op: 'changed', field: 'title', before: '', after: 'New' }, 1).sentence).toBe(
      'Map settings: Title changed from empty to “New”',
    );
  });
});
