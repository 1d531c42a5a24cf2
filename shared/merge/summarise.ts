import { COLLECTIONS, SETTINGS_RECORD, isMoveOnly, type Collection, type Id, type McredDocument, type Stamp } from '../model';
import { kindOf } from './conflicts';
import { fieldWords, listWords, personName, quoted, recordText, targetText } from './describe';
import { MERGE_AUTHOR, creationStamp } from './normalise';
import type { Rec, StampMap } from './records';
import type { ChangeSummary, RecordKind } from './types';
import { attribution } from './values';

type Action = ChangeSummary['action'];

interface Found {
  action: Action;
  c: Collection | 'settings';
  id: Id;
  rec: Rec;
  fields: string[];
  stamp: Stamp;
}

/**
 * What happened between two versions of a map, one line per record and author, e.g.
 * "Ana Lopez changed the statement of outcome “Analyse …”". Changes are read from the
 * stamps, so a field set back to its old value still shows as changed. A deleted entity's
 * links, comments and endorsements are not listed on their own: they went with it.
 */
export function summariseChanges(before: McredDocument, after: McredDocument): ChangeSummary[] {
  const ids = new Set<Id>([SETTINGS_RECORD]);
  for (const c of COLLECTIONS) {
    for (const id in after[c]) ids.add(id);
    for (const id in before[c]) ids.add(id);
  }
  return summariseRecords(before, after, ids);
}

/** `summariseChanges` limited to the records `ids` (the merge knows which ones differ). */
export function summariseRecords(before: McredDocument, after: McredDocument, ids: Iterable<Id>): ChangeSummary[] {
  const found: Found[] = [];
  const gone = new Set<Id>();
  for (const id of ids) {
    if (id === SETTINGS_RECORD) {
      for (const [, fields, stamp] of changedFields(before.meta.stamps[id], after.meta.stamps[id])) {
        found.push({ action: 'changed', c: 'settings', id, rec: after.settings, fields, stamp });
      }
      continue;
    }
    const c = collectionOf(after, id) ?? collectionOf(before, id);
    if (c) visit(c, id, before, after, found, gone);
  }
  const docs = [after, before];
  return found
    .filter((f) => !(f.action === 'deleted' && wentWithParent(f, gone)))
    .sort((x, y) => (x.stamp !== y.stamp ? (x.stamp < y.stamp ? -1 : 1) : x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    .map((f) => toSummary(f, docs));
}

function collectionOf(doc: McredDocument, id: Id): Collection | undefined {
  return COLLECTIONS.find((c) => (doc[c] as Record<Id, Rec>)[id] !== undefined);
}

function visit(c: Collection, id: Id, before: McredDocument, after: McredDocument, found: Found[], gone: Set<Id>): void {
  const ra = (after[c] as Record<Id, Rec>)[id];
  const rb = (before[c] as Record<Id, Rec>)[id];
  const sa = after.meta.stamps[id];
  if (ra && !rb) {
    const created = creationStamp(sa);
    if (created !== undefined) found.push({ action: 'added', c, id, rec: ra, fields: [], stamp: created });
  } else if (ra && rb) {
    for (const [, fields, stamp] of changedFields(before.meta.stamps[id], sa)) {
      found.push({ action: isMoveOnly(fields) ? 'moved' : 'changed', c, id, rec: ra, fields, stamp });
    }
  } else if (rb && after.meta.tombstones[id] !== undefined) {
    gone.add(id);
    found.push({ action: 'deleted', c, id, rec: rb, fields: [], stamp: after.meta.tombstones[id] });
  }
}

/** Fields whose stamps differ, grouped by the author of the newer stamp: [author, fields, latest stamp]. */
function changedFields(before: StampMap | undefined, after: StampMap | undefined): [Id, string[], Stamp][] {
  if (!after || before === after) return [];
  const byAuthor = new Map<Id, [Id, string[], Stamp]>();
  for (const f in after) {
    const s = after[f]!;
    if (before?.[f] === s) continue;
    const author = s.slice(s.indexOf('@') + 1);
    const entry = byAuthor.get(author);
    if (!entry) byAuthor.set(author, [author, [f], s]);
    else {
      entry[1].push(f);
      if (s > entry[2]) entry[2] = s;
    }
  }
  return [...byAuthor.values()];
}

function wentWithParent(f: Found, gone: ReadonlySet<Id>): boolean {
  const r = f.rec;
  if (f.c === 'links') return gone.has(String(r.from)) || gone.has(String(r.to));
  if (f.c === 'comments') return gone.has(String(r.target)) || (r.replyTo !== undefined && gone.has(String(r.replyTo)));
  if (f.c === 'endorsements') return gone.has(String(r.target));
  return false;
}

function toSummary(f: Found, docs: readonly McredDocument[]): ChangeSummary {
  const { stamp, author, at } = attribution(f.stamp);
  const byMerge = author === MERGE_AUTHOR;
  const authorName = byMerge ? 'The merge' : personName(author, docs);
  const kind: RecordKind = f.c === 'settings' ? 'settings' : kindOf(f.c, f.rec);
  const fields = f.action === 'changed' || f.action === 'moved' ? f.fields : [];
  const verb = byMerge && f.action === 'deleted' ? 'removed' : f.action;
  return { action: f.action, recordId: f.id, kind, fields, author, authorName, stamp, at, text: `${authorName} ${sentence(f, verb, docs)}` };
}

/** The sentence after the author's name. */
function sentence(f: Found, verb: string, docs: readonly McredDocument[]): string {
  const what = listWords(f.fields.map(fieldWords));
  if (f.c === 'settings') return `changed the map's ${what}`;
  const r = f.rec;
  const label = recordText(f.c, r, docs);
  switch (f.c) {
    case 'comments': {
      const on = targetText(String(r.target), docs);
      if (f.action === 'added') return r.replyTo === undefined ? `commented on ${on}` : `replied to a comment on ${on}`;
      if (f.action === 'changed' && f.fields.includes('resolved')) return `${r.resolved ? 'resolved' : 'reopened'} a comment thread on ${on}`;
      return `${verb} a comment on ${on}`;
    }
    case 'endorsements': {
      const of = targetText(String(r.target), docs);
      if (f.action === 'added') return `recorded an endorsement of ${of} by ${personName(String(r.person), docs)}`;
      return `${verb === 'deleted' ? 'removed' : verb} an endorsement of ${of}`;
    }
    case 'people':
      if (f.action === 'added') return `added ${quoted(label)} to the people of the map`;
      return f.action === 'changed' ? `changed the ${what} of ${quoted(label)}` : `${verb} ${quoted(label)}`;
    case 'revisions':
      return f.action === 'added' ? `saved ${label}` : `${verb} ${label}`;
    default:
      if (f.action === 'changed') return `changed the ${what} of ${label}`;
      return `${verb} ${label}`;
  }
}
