import { z } from 'zod';
import type { Draft } from 'immer';
import { Id, LINK_RULES, LINK_SCHEMAS, Link, eachRecordWith, entityLabel, linkKindKey, linkStart, withArticle, type McredDocument } from '../model';
import { findCycleAmong } from '../format/references';
import { Changes, applyChanges } from './changes';
import { assertFreshId, deleteLinksById } from './entities';
import { currentDocument } from './produce';
import { stampFields, stampableKeys } from './stamps';
import { defineCommand, refuse, type RefusalCode } from './types';

/** Why a link may not be drawn: a refusal code and a sentence for the user. */
export interface LinkRefusal {
  code: RefusalCode;
  message: string;
}

/**
 * Why a link of `kind` from `from` to `to` may not be drawn, or undefined when it may.
 * Shared with the canvas so that a refused connection shows the same reason.
 */
export function linkRefusal(doc: Pick<McredDocument, 'entities' | 'links'>, link: Pick<Link, 'kind' | 'from' | 'to'>): LinkRefusal | undefined {
  const rule = LINK_RULES[link.kind];
  const from = doc.entities[link.from];
  const to = doc.entities[link.to];
  if (!from) return { code: 'not-found', message: `the start "${link.from}" does not exist` };
  if (!to) return { code: 'not-found', message: `the end "${link.to}" does not exist` };
  if (link.from === link.to) return { code: 'wrong-link-kind', message: 'an entity cannot be linked to itself' };
  if (from.kind !== rule.from || to.kind !== rule.to) {
    return {
      code: 'wrong-link-kind',
      message: `${withArticle(`"${link.kind}"`)} link goes from ${withArticle(rule.from)} to ${withArticle(rule.to)}; this would join ${withArticle(from.kind)} to ${withArticle(to.kind)}`,
    };
  }
  // Looked up in the links' indexes (by start, by kind), not found by a pass over every link:
  // the canvas asks this while a connection is dragged, and a command asks it of the
  // document as it stands (a pass over the draft would make a draft of every link it read).
  let duplicate = false;
  eachRecordWith(doc.links, linkStart, [link.from], (l) => {
    if (l.kind === link.kind && l.to === link.to) duplicate = true;
  });
  if (duplicate) return { code: 'duplicate-link', message: `"${entityLabel(from)}" is already linked to "${entityLabel(to)}"` };
  if (link.kind === 'requires') {
    const requires: Link[] = [];
    eachRecordWith(doc.links, linkKindKey, ['requires'], (l) => requires.push(l));
    // The probe's id can never be a real id (ids have no spaces), so it hides no real link.
    requires.push({ id: ' probe', kind: 'requires', from: link.from, to: link.to });
    if (findCycleAmong(requires).length) {
      return {
        code: 'cycle',
        message: `"${entityLabel(to)}" already requires "${entityLabel(from)}", directly or through others: prerequisites cannot go round in a circle`,
      };
    }
  }
  return undefined;
}

function requireLink(draft: Draft<McredDocument>, id: string) {
  return draft.links[id] ?? refuse('not-found', `there is no link "${id}" in this map`);
}

export const createLink = defineCommand({
  name: 'link.create',
  payload: z.object({ link: Link }),
  run(draft, { link }, { stamp }) {
    assertFreshId(draft, link.id);
    const why = linkRefusal(currentDocument(draft), link);
    if (why) refuse(why.code, why.message);
    draft.links[link.id] = link;
    stampFields(draft, link.id, stampableKeys(link), stamp);
  },
});

export const updateLink = defineCommand({
  name: 'link.update',
  payload: z.object({ id: Id, changes: Changes }),
  run(draft, { id, changes }, { stamp }) {
    const current = requireLink(draft, id);
    const schema = LINK_SCHEMAS[current.kind] as unknown as z.ZodType<Link>;
    const { next, changed } = applyChanges<Link>(current as Link, changes, schema, ['kind', 'from', 'to']);
    if (!changed.length) return;
    const target = draft.links[id] as Record<string, unknown>;
    for (const k of changed) {
      const v = (next as Record<string, unknown>)[k];
      if (v === undefined) delete target[k];
      else target[k] = v;
    }
    stampFields(draft, id, changed, stamp);
  },
});

export const deleteLinks = defineCommand({
  name: 'link.delete',
  payload: z.object({ ids: z.array(Id).min(1) }),
  run(draft, { ids }, { stamp }) {
    for (const id of ids) requireLink(draft, id);
    deleteLinksById(draft, ids, stamp);
  },
});
