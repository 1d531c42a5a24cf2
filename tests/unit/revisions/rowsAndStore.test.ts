import { describe, expect, it, vi } from 'vitest';
import { approvalCall } from '../../../renderer/src/features/approvals/model/steps';
import { revisionCall } from '../../../renderer/src/features/revisions/model/calls';
import { NOW } from '../../../renderer/src/features/revisions/model/comparison';
import { pinText, revisionRows } from '../../../renderer/src/features/revisions/model/rows';
import { prepareRevision } from '../../../renderer/src/features/revisions/pendingRevision';
import { RevisionsStore } from '../../../renderer/src/features/revisions/revisionsStore';
import { DocumentStore } from '../../../renderer/src/store/documentStore';
import { applyCommand, type CommandCall } from '../../../shared/commands';
import type { McredDocument } from '../../../shared/model';
import { createSampleDocument } from '../../../shared/sample';
import { ID } from '../../../shared/sample/example/ids';
import { nextStamp } from '../../helpers/builders';
import { seededRandom } from '../../helpers/json';

function run(doc: McredDocument, call: CommandCall): McredDocument {
  const result = applyCommand(doc, call, { stamp: nextStamp() });
  if (!result.ok) throw new Error(result.refusal.message);
  return result.doc;
}

const ME = { personId: 'pe_erin', name: 'Erin Tester' };

describe('the list of revisions', () => {
  it('lists them newest first with the author’s name and the approvals that pinned them', () => {
    let doc = createSampleDocument();
    const designer = Object.values(doc.revisions)[0]!.author;
    const built = revisionCall('Sent to faculty review 2', designer, { now: new Date('2026-04-01T10:00:00Z'), random: seededRandom(2) });
    if (!built.ok) throw new Error(built.message);
    doc = run(doc, built.call);
    const approve = approvalCall(
      { credential: ID.credential.analyst, status: 'approved', body: 'University Curriculum Committee', conditions: '', minute: 'UCC 2026/14', revisionName: 'Approved by UCC' },
      designer,
      { now: new Date('2026-04-02T10:00:00Z'), random: seededRandom(3) },
    );
    if (!approve.ok) throw new Error(approve.message);
    doc = run(doc, approve.call);

    const rows = revisionRows(doc);
    expect(rows.map((r) => r.name)).toEqual(['Approved by UCC', 'Sent to faculty review 2', 'Sent to faculty review']);
    expect(rows[1]?.author).toBe(doc.people[designer]?.name);
    expect(rows[0]?.approvedBy).toEqual([{ approval: expect.stringMatching(/^ap_/), credential: 'Cybersecurity Analyst Professional Certificate', body: 'University Curriculum Committee' }]);
    expect(pinText(rows[0]!.approvedBy[0]!)).toBe('Approved by University Curriculum Committee — Cybersecurity Analyst Professional Certificate');
    expect(rows[1]?.approvedBy).toEqual([]);
  });
});

describe('a revision recorded with an export', () => {
  it('is tried on a copy for the export, and enters the map as one undoable step only when committed', () => {
    const store = new DocumentStore(createSampleDocument(), ME.personId, 'tst00001');
    const prepared = prepareRevision(store, ME, 'Sent for review 12 Mar 2026', { now: new Date('2026-03-12T12:00:00Z'), random: seededRandom(9) });
    if (!prepared.ok) throw new Error(prepared.message);
    const { pending } = prepared;
    expect(pending.doc.revisions[pending.id]).toMatchObject({ name: 'Sent for review 12 Mar 2026', author: ME.personId });
    expect(store.getState().doc.revisions[pending.id]).toBeUndefined();
    expect(store.getState().doc.people[ME.personId]?.name).toBe('Erin Tester');

    expect(pending.commit()).toBeUndefined();
    expect(store.getState().doc.revisions[pending.id]?.name).toBe('Sent for review 12 Mar 2026');
    expect(store.getState().undoLabel).toBe('Record export as revision');
    store.undo();
    expect(store.getState().doc.revisions[pending.id]).toBeUndefined();
  });

  it('refuses an empty name before anything is exported', () => {
    const store = new DocumentStore(createSampleDocument(), ME.personId, 'tst00001');
    expect(prepareRevision(store, ME, '  ', { now: new Date(), random: seededRandom(1) })).toMatchObject({ ok: false });
  });
});

describe('the revisions panel state', () => {
  it('compares the last two points picked, and forgets the comparison and its marks when closed', () => {
    const s = new RevisionsStore();
    const heard = vi.fn();
    s.subscribe(heard);
    s.setPanelOpen(true);
    s.togglePick('rv_a');
    s.togglePick(NOW);
    s.togglePick('rv_b');
    expect(s.getState().picked).toEqual([NOW, 'rv_b']);
    s.togglePick(NOW);
    expect(s.getState().picked).toEqual(['rv_b']);

    s.setMarked(new Set(['lo_1', 'sk_2']));
    expect(s.isMarked('lo_1')).toBe(true);
    const calls = heard.mock.calls.length;
    s.setMarked(new Set(['sk_2', 'lo_1']));
    expect(heard.mock.calls.length).toBe(calls);

    s.setPanelOpen(false);
    expect(s.getState()).toMatchObject({ panelOpen: false, picked: [] });
    expect(s.isMarked('lo_1')).toBe(false);
  });

  it('clears a comparison without closing the panel', () => {
    const s = new RevisionsStore();
    s.setPanelOpen(true);
    s.pick(['rv_a', NOW]);
    s.setMarked(new Set(['lo_1']));
    s.clearComparison();
    expect(s.getState()).toMatchObject({ panelOpen: true, picked: [] });
    expect(s.isMarked('lo_1')).toBe(false);
  });
});
