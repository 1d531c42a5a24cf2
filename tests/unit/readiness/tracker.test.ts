import { describe, expect, it } from 'vitest';
import { analyse, sortFindings } from '../../../shared/analysis';
import { createSampleDocument } from '../../../shared/sample';
import { ReadinessTracker } from '../../../renderer/src/features/readiness/readinessStore';
import { DocumentStore } from '../../../renderer/src/store/documentStore';

function setup() {
  let t = 0;
  const store = new DocumentStore(createSampleDocument(), 'pe_tester', 'tst00001', () => (t += 10));
  const tracker = new ReadinessTracker(store);
  let calls = 0;
  const off = tracker.subscribe(() => calls++);
  return { store, tracker, off, calls: () => calls };
}

describe('ReadinessTracker', () => {
  it('starts from a full analysis of the open document', () => {
    const { store, tracker } = setup();
    expect(tracker.getResult().counts).toEqual(analyse(store.getState().doc).counts);
  });

  it('re-checks after an edit and gives what a full analysis gives', () => {
    const { store, tracker, calls } = setup();
    tracker.getResult();
    store.dispatch({ name: 'entity.update', payload: { id: 'mc_analyst', changes: { awardingBody: null } } });
    expect(calls()).toBe(1);
    const live = tracker.getResult();
    expect(live.findings.some((f) => f.rule === 'eu-2022/awarding-body')).toBe(true);
    expect(sortFindings(live.findings)).toEqual(sortFindings(analyse(store.getState().doc).findings));
    store.undo();
    expect(tracker.getResult().findings.some((f) => f.rule === 'eu-2022/awarding-body')).toBe(false);
  });

  it('runs afresh when another map is loaded', () => {
    const { store, tracker } = setup();
    tracker.getResult();
    const other = { ...createSampleDocument(), id: 'mp_other0001' };
    store.load(other);
    expect(tracker.getResult().counts).toEqual(analyse(other).counts);
  });

  it('stops listening to the store when the last view unsubscribes', () => {
    const { store, off, calls } = setup();
    off();
    store.dispatch({ name: 'entity.update', payload: { id: 'mc_analyst', changes: { awardingBody: null } } });
    expect(calls()).toBe(0);
  });
});

describe('readiness badge source', () => {
  it('gives stable per-entity counts that change only for the entities whose findings changed', async () => {
    const { readinessBadgeSourceOf } = await import('../../../renderer/src/features/readiness/badgeSource');
    let t = 0;
    const store = new DocumentStore(createSampleDocument(), 'pe_tester', 'tst00001', () => (t += 10));
    const source = readinessBadgeSourceOf(store);
    const off = source.subscribe(() => {});
    expect(source.get('mc_analyst')).toBeUndefined();
    store.dispatch({ name: 'entity.update', payload: { id: 'mc_analyst', changes: { awardingBody: null } } });
    const first = source.get('mc_analyst');
    expect(first).toEqual({ errors: 1, warnings: 0 });
    store.dispatch({ name: 'entity.update', payload: { id: 'mc_analyst', changes: { title: 'Cyber Analyst' } } });
    expect(source.get('mc_analyst')).toBe(first);
    off();
  });
});
