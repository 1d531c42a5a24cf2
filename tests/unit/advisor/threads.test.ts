import { describe, expect, it } from 'vitest';
import { splitThreads, threadsOn } from '../../../renderer/src/features/advisor/model/threads';
import { createSampleDocument } from '../../../shared/sample';
import { ADVISOR, AUTHOR, apply, makeComment, makeMap, makeSkill } from '../../helpers/builders';

const skill = makeSkill();
const other = makeSkill();

/** A map with one skill and the given comments, added with commands as users would. */
function withComments(...comments: ReturnType<typeof makeComment>[]) {
  let doc = makeMap({ entities: [skill, other] });
  for (const comment of comments) doc = apply(doc, 'comment.add', { comment });
  return doc;
}

describe('comment threads of a record', () => {
  it('gathers replies under their root, oldest first, and names authors with their organisation', () => {
    const root = makeComment(skill, { at: '2026-03-01T09:00:00Z', author: ADVISOR.id, body: 'Root' });
    const late = makeComment(skill, { at: '2026-03-01T11:00:00Z', replyTo: root.id, body: 'Second reply' });
    const early = makeComment(skill, { at: '2026-03-01T10:00:00Z', replyTo: root.id, author: ADVISOR.id, body: 'First reply' });
    const doc = withComments(root, late, early);

    const [thread, ...rest] = threadsOn(doc, skill.id, AUTHOR.id);
    expect(rest).toEqual([]);
    expect(thread!.root).toMatchObject({ id: root.id, author: 'Grace Hopper', organisation: 'Navy', body: 'Root', mine: false });
    expect(thread!.replies.map((r) => r.body)).toEqual(['First reply', 'Second reply']);
    expect(thread!.replies.map((r) => r.mine)).toEqual([false, true]);
    expect(thread!.replies[1]).not.toHaveProperty('organisation');
    expect(thread!.resolved).toBe(false);
  });

  it('names an author the map does not know in words, never by id', () => {
    const doc = withComments(makeComment(skill));
    const { [AUTHOR.id]: _gone, ...people } = doc.people;
    expect(threadsOn({ ...doc, people }, skill.id)[0]!.root.author).toBe("someone not listed in this map's people");
  });

  it('orders threads by when they were started and keeps other records’ threads out', () => {
    const second = makeComment(skill, { at: '2026-03-02T09:00:00Z', body: 'Second' });
    const first = makeComment(skill, { at: '2026-03-01T09:00:00Z', body: 'First' });
    const elsewhere = makeComment(other, { body: 'Elsewhere' });
    const doc = withComments(second, first, elsewhere);
    expect(threadsOn(doc, skill.id).map((t) => t.root.body)).toEqual(['First', 'Second']);
    expect(threadsOn(doc, other.id).map((t) => t.root.body)).toEqual(['Elsewhere']);
  });

  it('marks nothing as mine when the user has not said who they are', () => {
    const doc = withComments(makeComment(skill));
    expect(threadsOn(doc, skill.id, undefined)[0]!.root.mine).toBe(false);
    expect(threadsOn(doc, skill.id, AUTHOR.id)[0]!.root.mine).toBe(true);
  });

  it('splits resolved threads from open ones', () => {
    const open = makeComment(skill, { body: 'Open' });
    const done = makeComment(skill, { body: 'Done', at: '2026-03-03T09:00:00Z' });
    let doc = withComments(open, done);
    doc = apply(doc, 'comment.resolve', { id: done.id, resolved: true });
    const { open: o, resolved: r } = splitThreads(threadsOn(doc, skill.id));
    expect(o.map((t) => t.root.body)).toEqual(['Open']);
    expect(r.map((t) => t.root.body)).toEqual(['Done']);
    expect(r[0]!.resolved).toBe(true);
  });

  it('shows a reply whose thread is gone (a merge can leave one) as a thread of its own', () => {
    const root = makeComment(skill, { body: 'Root' });
    const reply = makeComment(skill, { replyTo: root.id, body: 'Orphan' });
    const doc = withComments(root, reply);
    const { [root.id]: _gone, ...comments } = doc.comments;
    expect(threadsOn({ ...doc, comments }, skill.id).map((t) => [t.root.body, t.replies.length])).toEqual([['Orphan', 0]]);
  });

  it("reads the example's resolved and open threads with their replies", () => {
    const doc = createSampleDocument();
    const all = Object.values(doc.comments).filter((c) => !c.replyTo);
    const threads = all.flatMap((c) => threadsOn(doc, c.target));
    expect(threads.some((t) => t.resolved && t.replies.length === 1)).toBe(true);
    expect(threads.some((t) => !t.resolved && t.replies.length === 1)).toBe(true);
    expect(threads.every((t) => t.field === 'statement')).toBe(true);
  });
});
