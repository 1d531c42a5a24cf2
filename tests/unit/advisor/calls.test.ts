import { describe, expect, it } from 'vitest';
import { commentCall, deleteCommentCall, endorseCall, myEndorsement, resolveCall, withdrawCall, type Built, type Env } from '../../../renderer/src/features/advisor/model/calls';
import { applyCommand, type CommandCall } from '../../../shared/commands';
import { ID_PATTERN, type McredDocument } from '../../../shared/model';
import { ADVISOR, AUTHOR, apply, makeCredential, makeEndorsement, makeMap, makeOutcome, makeSkill, nextStamp } from '../../helpers/builders';
import { seededRandom } from '../../helpers/json';

const skill = makeSkill();
const credential = makeCredential();
const outcome = makeOutcome();
const env = (): Env => ({ now: new Date(2026, 2, 4, 23, 30), random: seededRandom(7) });

function callOf(built: Built): CommandCall {
  if (!built.ok) throw new Error(built.message);
  return built.call;
}

/** Applies a call the map must accept. */
function run(doc: McredDocument, call: CommandCall): McredDocument {
  const result = applyCommand(doc, call, { stamp: nextStamp() });
  if (!result.ok) throw new Error(result.refusal.message);
  return result.doc;
}

describe('comment payloads', () => {
  it('makes a comment.add with a fresh comment id, the time now, the author and the trimmed text', () => {
    const call = callOf(commentCall({ target: skill.id, author: AUTHOR.id, body: '  Is this essential?\n' }, env()));
    expect(call.name).toBe('comment.add');
    const { comment } = call.payload as { comment: Record<string, unknown> };
    expect(comment).toEqual({ id: expect.stringMatching(/^cm_/), target: skill.id, author: AUTHOR.id, at: new Date(2026, 2, 4, 23, 30).toISOString(), body: 'Is this essential?' });
    expect(comment.id).toMatch(ID_PATTERN);
    const doc = run(makeMap({ entities: [skill] }), call);
    expect(doc.comments[comment.id as string]).toEqual(comment);
  });

  it('makes a reply that the map accepts under its thread', () => {
    let doc = makeMap({ entities: [skill] });
    const root = callOf(commentCall({ target: skill.id, author: ADVISOR.id, body: 'Root' }, env()));
    doc = run(doc, root);
    const rootId = (root.payload as { comment: { id: string } }).comment.id;
    const reply = callOf(commentCall({ target: skill.id, author: AUTHOR.id, body: 'Reply', replyTo: rootId }, { ...env(), random: seededRandom(8) }));
    expect((reply.payload as { comment: { replyTo?: string } }).comment.replyTo).toBe(rootId);
    doc = run(doc, reply);
    expect(Object.values(doc.comments).filter((c) => c.replyTo === rootId)).toHaveLength(1);
  });

  it('refuses empty and over-long text with a message, before the map sees it', () => {
    expect(commentCall({ target: skill.id, author: AUTHOR.id, body: ' \n ' }, env())).toEqual({ ok: false, message: 'Write something first.' });
    const long = commentCall({ target: skill.id, author: AUTHOR.id, body: 'x'.repeat(20_001) }, env());
    expect(long.ok).toBe(false);
  });

  it('resolves, reopens and deletes by id', () => {
    expect(resolveCall('cm_1', true)).toEqual({ name: 'comment.resolve', payload: { id: 'cm_1', resolved: true } });
    expect(resolveCall('cm_1', false)).toEqual({ name: 'comment.resolve', payload: { id: 'cm_1', resolved: false } });
    expect(deleteCommentCall('cm_1')).toEqual({ name: 'comment.delete', payload: { id: 'cm_1' } });
  });
});

describe('endorsement payloads', () => {
  it("dates an endorsement with today's local date and keeps a trimmed note", () => {
    const call = callOf(endorseCall({ target: skill.id, person: ADVISOR.id, note: '  We hire for this. ' }, env()));
    expect(call).toEqual({
      name: 'endorsement.add',
      payload: { endorsement: { id: expect.stringMatching(/^en_/), target: skill.id, person: ADVISOR.id, date: '2026-03-04', note: 'We hire for this.' } },
    });
    const doc = run(makeMap({ entities: [skill] }), call);
    expect(Object.values(doc.endorsements)).toHaveLength(1);
  });

  it('leaves out a blank note (the record has no empty notes)', () => {
    const call = callOf(endorseCall({ target: credential.id, person: ADVISOR.id, note: '   ' }, env()));
    expect((call.payload as { endorsement: object }).endorsement).not.toHaveProperty('note');
    expect(() => run(makeMap({ entities: [credential] }), call)).not.toThrow();
  });

  it('is refused by the map for an entity that cannot be endorsed', () => {
    const call = callOf(endorseCall({ target: outcome.id, person: ADVISOR.id }, env()));
    const result = applyCommand(makeMap({ entities: [outcome] }), call, { stamp: nextStamp() });
    expect(result.ok).toBe(false);
  });

  it("finds the user's own endorsement, to offer withdrawing it", () => {
    const mine = makeEndorsement(skill, { person: AUTHOR.id });
    let doc = makeMap({ entities: [skill] });
    doc = apply(doc, 'endorsement.add', { endorsement: makeEndorsement(skill) });
    expect(myEndorsement(doc, skill.id, AUTHOR.id)).toBeUndefined();
    expect(myEndorsement(doc, skill.id, undefined)).toBeUndefined();
    doc = apply(doc, 'endorsement.add', { endorsement: mine });
    expect(myEndorsement(doc, skill.id, AUTHOR.id)?.id).toBe(mine.id);
    expect(withdrawCall(mine.id)).toEqual({ name: 'endorsement.remove', payload: { id: mine.id } });
    expect(myEndorsement(run(doc, withdrawCall(mine.id)), skill.id, AUTHOR.id)).toBeUndefined();
  });
});
