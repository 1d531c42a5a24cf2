import { currentDocument } from './produce';
import { z } from 'zod';
import { Comment, Endorsement, Id, IsoDateTime, Person, SETTINGS_RECORD, Settings, withArticle } from '../model';
import { Changes, applyChanges } from './changes';
import { deleteThreads } from './cascade';
import { assertFreshId } from './entities';
import { stampFields, stampableKeys, tombstone } from './stamps';
import { defineCommand, refuse } from './types';

/** Settings seen as a record with an id, so the generic change logic applies. */
const SettingsRecord = Settings.extend({ id: z.string() });

export const updateSettings = defineCommand({
  name: 'settings.update',
  payload: z.object({ changes: Changes }),
  run(draft, { changes }, { stamp }) {
    const { next, changed } = applyChanges({ id: SETTINGS_RECORD, ...draft.settings }, changes, SettingsRecord, []);
    if (!changed.length) return;
    const { id: _id, ...settings } = next;
    draft.settings = settings;
    stampFields(draft, SETTINGS_RECORD, changed, stamp);
  },
});

/** Adds a person, or updates the one with the same id. */
export const upsertPerson = defineCommand({
  name: 'person.upsert',
  payload: z.object({ person: Person }),
  run(draft, { person }, { stamp }) {
    const current = draft.people[person.id];
    if (!current) {
      assertFreshId(draft, person.id);
      draft.people[person.id] = person;
      stampFields(draft, person.id, stampableKeys(person), stamp);
      return;
    }
    const { id: _id, ...fields } = person;
    const changes: Record<string, unknown> = { ...fields };
    for (const k of Object.keys(current)) if (k !== 'id' && !(k in person)) changes[k] = null;
    const { next, changed } = applyChanges(current, changes, Person, []);
    if (!changed.length) return;
    draft.people[person.id] = next;
    stampFields(draft, person.id, changed, stamp);
  },
});

export const addComment = defineCommand({
  name: 'comment.add',
  payload: z.object({ comment: Comment }),
  run(draft, { comment }, { stamp }) {
    assertFreshId(draft, comment.id);
    if (!draft.entities[comment.target] && !draft.links[comment.target]) refuse('not-found', `there is nothing with id "${comment.target}" to comment on`);
    if (!draft.people[comment.author]) refuse('not-found', `the author "${comment.author}" is not among the people of this map`);
    if (comment.replyTo !== undefined) {
      const root = draft.comments[comment.replyTo] ?? refuse('not-found', `there is no comment "${comment.replyTo}" to reply to`);
      if (root.replyTo !== undefined) refuse('invalid-value', 'reply to the first comment of the thread');
      if (root.target !== comment.target) refuse('invalid-value', 'a reply must be on the same item as its thread');
      if (comment.resolved !== undefined) refuse('invalid-value', 'only the first comment of a thread carries its resolved state');
    }
    draft.comments[comment.id] = comment;
    stampFields(draft, comment.id, stampableKeys(comment), stamp);
  },
});

export const resolveThread = defineCommand({
  name: 'comment.resolve',
  payload: z.object({ id: Id, resolved: z.boolean() }),
  run(draft, { id, resolved }, { stamp }) {
    const c = draft.comments[id] ?? refuse('not-found', `there is no comment "${id}"`);
    if (c.replyTo !== undefined) refuse('invalid-value', 'only a whole thread can be resolved');
    if (Boolean(c.resolved) === resolved) return;
    if (resolved) c.resolved = true;
    else delete c.resolved;
    stampFields(draft, id, ['resolved'], stamp);
  },
});

export const deleteComment = defineCommand({
  name: 'comment.delete',
  payload: z.object({ id: Id }),
  run(draft, { id }, { stamp }) {
    if (!draft.comments[id]) refuse('not-found', `there is no comment "${id}"`);
    deleteThreads(draft, new Set([id]), stamp);
  },
});

export const addEndorsement = defineCommand({
  name: 'endorsement.add',
  payload: z.object({ endorsement: Endorsement }),
  run(draft, { endorsement }, { stamp }) {
    assertFreshId(draft, endorsement.id);
    const target = draft.entities[endorsement.target] ?? refuse('not-found', `there is no entity "${endorsement.target}" to endorse`);
    if (target.kind !== 'skill' && target.kind !== 'credential') refuse('invalid-value', `only skills and credentials can be endorsed, not ${withArticle(target.kind)}`);
    if (!draft.people[endorsement.person]) refuse('not-found', `"${endorsement.person}" is not among the people of this map`);
    draft.endorsements[endorsement.id] = endorsement;
    stampFields(draft, endorsement.id, stampableKeys(endorsement), stamp);
  },
});

export const removeEndorsement = defineCommand({
  name: 'endorsement.remove',
  payload: z.object({ id: Id }),
  run(draft, { id }, { stamp }) {
    if (!draft.endorsements[id]) refuse('not-found', `there is no endorsement "${id}"`);
    delete draft.endorsements[id];
    tombstone(draft, id, stamp);
  },
});

/** Snapshots the content under a name, for a tracked-changes export against it later. */
export const createRevision = defineCommand({
  name: 'revision.create',
  payload: z.object({ id: Id, name: z.string().trim().min(1).max(300), at: IsoDateTime, author: Id }),
  run(draft, { id, name, at, author }, { stamp }) {
    assertFreshId(draft, id);
    if (!draft.people[author]) refuse('not-found', `"${author}" is not among the people of this map`);
    const now = currentDocument(draft);
    const snapshot = { settings: now.settings, entities: now.entities, links: now.links };
    draft.revisions[id] = { id, name, at, author, snapshot };
    stampFields(draft, id, ['name', 'at', 'author', 'snapshot'], stamp);
  },
});

export const deleteRevision = defineCommand({
  name: 'revision.delete',
  payload: z.object({ id: Id }),
  run(draft, { id }, { stamp }) {
    if (!draft.revisions[id]) refuse('not-found', `there is no revision "${id}"`);
    delete draft.revisions[id];
    tombstone(draft, id, stamp);
  },
});
