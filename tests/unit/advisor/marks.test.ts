import { describe, expect, it } from 'vitest';
import { markSourceOf } from '../../../renderer/src/features/advisor/markSource';
import { endorsersLabel, marksByEntity, threadsLabel } from '../../../renderer/src/features/advisor/model/marks';
import { DocumentStore } from '../../../renderer/src/store/documentStore';
import { ADVISOR, AUTHOR, apply, makeComment, makeEndorsement, makeLink, makeMap, makeOutcome, makeSkill } from '../../helpers/builders';

const skill = makeSkill();
const outcome = makeOutcome();
const link = makeLink('addresses', skill, outcome);

function map() {
  return makeMap({ entities: [skill, outcome], links: [link] });
}

describe('marks on nodes', () => {
  it('counts open threads only (not replies, not resolved ones), and only on entities', () => {
    const open = makeComment(skill);
    const resolved = makeComment(skill);
    let doc = map();
    for (const comment of [open, resolved, makeComment(skill, { replyTo: open.id }), makeComment(link)]) doc = apply(doc, 'comment.add', { comment });
    doc = apply(doc, 'comment.resolve', { id: resolved.id, resolved: true });
    const marks = marksByEntity(doc);
    expect(marks.get(skill.id)).toEqual({ openThreads: 1, endorsers: 0 });
    expect(marks.has(link.id)).toBe(false);
    expect(marks.has(outcome.id)).toBe(false);
  });

  it('counts endorsing people, once each', () => {
    let doc = map();
    for (const endorsement of [makeEndorsement(skill), makeEndorsement(skill), makeEndorsement(skill, { person: AUTHOR.id })]) doc = apply(doc, 'endorsement.add', { endorsement });
    expect(marksByEntity(doc).get(skill.id)).toEqual({ openThreads: 0, endorsers: 2 });
  });

  it('says what they mean', () => {
    expect(threadsLabel(1)).toBe('1 open comment thread');
    expect(threadsLabel(2)).toBe('2 open comment threads');
    expect(endorsersLabel(1)).toBe('Endorsed by 1 advisor');
    expect(endorsersLabel(3)).toBe('Endorsed by 3 advisors');
  });
});

describe('mark source', () => {
  function storeWith() {
    const store = new DocumentStore(map(), AUTHOR.id, 'tst00001');
    const source = markSourceOf(store);
    let notified = 0;
    const stop = source.subscribe(() => notified++);
    return { store, source, notified: () => notified, stop };
  }

  it('is one per store', () => {
    const store = new DocumentStore(map(), AUTHOR.id, 'tst00001');
    expect(markSourceOf(store)).toBe(markSourceOf(store));
  });

  it('does not notify the nodes for an edit that changes no mark', () => {
    const { store, source, notified } = storeWith();
    store.dispatch({ name: 'entity.update', payload: { id: skill.id, changes: { statement: 'Clean data' } } });
    expect(notified()).toBe(0);
    expect(source.get(skill.id)).toBeUndefined();
  });

  it('gives a changed node new marks and keeps the others’ objects, so only that node re-renders', () => {
    const { store, source, notified } = storeWith();
    store.dispatch({ name: 'endorsement.add', payload: { endorsement: makeEndorsement(skill) } });
    store.dispatch({ name: 'comment.add', payload: { comment: makeComment(outcome) } });
    const skillMarks = source.get(skill.id);
    const outcomeMarks = source.get(outcome.id);
    expect(skillMarks).toEqual({ openThreads: 0, endorsers: 1 });
    expect(outcomeMarks).toEqual({ openThreads: 1, endorsers: 0 });
    const before = notified();

    store.dispatch({ name: 'comment.add', payload: { comment: makeComment(outcome) } });
    expect(notified()).toBe(before + 1);
    expect(source.get(skill.id)).toBe(skillMarks);
    expect(source.get(outcome.id)).toEqual({ openThreads: 2, endorsers: 0 });

    store.undo();
    store.undo();
    expect(source.get(outcome.id)).toBeUndefined();
    expect(source.get(skill.id)).toBe(skillMarks);
  });

  it('stops listening to the store when the last node goes', () => {
    const { store, source, stop } = storeWith();
    stop();
    store.dispatch({ name: 'endorsement.add', payload: { endorsement: makeEndorsement(skill, { person: ADVISOR.id }) } });
    expect(source.get(skill.id)).toEqual({ openThreads: 0, endorsers: 1 });
  });
});
