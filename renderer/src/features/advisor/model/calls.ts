import type { CommandCall } from '../../../../../shared/commands';
import { makeId, type Endorsement, type McredDocument } from '../../../../../shared/model';
import { localIsoDate } from './dates';

/** Time and randomness come in as arguments, so the calls are the same in tests every run. */
export interface Env {
  now: Date;
  random: () => number;
}

/** The limits of the record schemas, checked here so the user gets a message, not a refusal. */
export const MAX_COMMENT = 20_000;
export const MAX_NOTE = 5_000;

export type Built = { ok: true; call: CommandCall } | { ok: false; message: string };

/** A new comment (or a reply, with `replyTo` the thread's root) by `author`. */
export function commentCall(input: { target: string; author: string; body: string; replyTo?: string }, env: Env): Built {
  const body = input.body.trim();
  if (!body) return { ok: false, message: 'Write something first.' };
  if (body.length > MAX_COMMENT) return { ok: false, message: `A comment can be at most ${MAX_COMMENT.toLocaleString('en-GB')} characters.` };
  const comment = {
    id: makeId('comment', env.random),
    target: input.target,
    author: input.author,
    at: env.now.toISOString(),
    body,
    ...(input.replyTo ? { replyTo: input.replyTo } : {}),
  };
  return { ok: true, call: { name: 'comment.add', payload: { comment } } };
}

export function resolveCall(rootId: string, resolved: boolean): CommandCall {
  return { name: 'comment.resolve', payload: { id: rootId, resolved } };
}

/** Deletes a comment; deleting a root takes its replies with it (one undo step brings all back). */
export function deleteCommentCall(id: string): CommandCall {
  return { name: 'comment.delete', payload: { id } };
}

/** The user's endorsement of a skill or credential, dated today, with an optional note. */
export function endorseCall(input: { target: string; person: string; note?: string }, env: Env): Built {
  const note = input.note?.trim() ?? '';
  if (note.length > MAX_NOTE) return { ok: false, message: `A note can be at most ${MAX_NOTE.toLocaleString('en-GB')} characters.` };
  const endorsement: Endorsement = {
    id: makeId('endorsement', env.random),
    target: input.target,
    person: input.person,
    date: localIsoDate(env.now),
    ...(note ? { note } : {}),
  };
  return { ok: true, call: { name: 'endorsement.add', payload: { endorsement } } };
}

export function withdrawCall(endorsementId: string): CommandCall {
  return { name: 'endorsement.remove', payload: { id: endorsementId } };
}

/** The user's own endorsement of a target, if they have one (the newest, should there be several). */
export function myEndorsement(doc: Pick<McredDocument, 'endorsements'>, target: string, person: string | undefined): Endorsement | undefined {
  if (!person) return undefined;
  let found: Endorsement | undefined;
  for (const e of Object.values(doc.endorsements)) {
    if (e.target === target && e.person === person && (!found || e.date >= found.date)) found = e;
  }
  return found;
}

/** Undo labels, in the words of the Edit menu ("Undo Add comment"). */
export const LABELS = {
  comment: 'Add comment',
  reply: 'Reply to comment',
  resolve: 'Resolve thread',
  reopen: 'Reopen thread',
  delete: 'Delete comment',
  endorse: 'Endorse',
  withdraw: 'Withdraw endorsement',
} as const;
