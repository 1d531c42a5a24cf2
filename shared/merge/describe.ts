import { LINK_RULES, POSITION_FIELD, entityLabel, type Collection, type Id, type McredDocument } from '../model';
import type { Rec } from './records';
import type { RecordKind } from './types';

/** Words for change summaries: what a record is called and how a person reads its fields. */

const KIND_WORDS: Record<RecordKind, string> = {
  skill: 'skill',
  outcome: 'outcome',
  assessment: 'assessment',
  activity: 'activity',
  credential: 'micro-credential',
  program: 'program',
  link: 'link',
  person: 'person',
  comment: 'comment',
  endorsement: 'endorsement',
  revision: 'named revision',
  review: 'review',
  proposal: 'proposed change',
  approval: 'approval record',
  settings: 'map settings',
};

export function kindWord(kind: RecordKind): string {
  return KIND_WORDS[kind];
}

/** Field names whose words are not just the camelCase split. */
const FIELD_WORDS: Readonly<Record<string, string>> = {
  [POSITION_FIELD]: 'position',
  eqfLevel: 'EQF level',
  nqfLevel: 'NQF level',
  bloomOverride: 'Bloom level',
  url: 'web address',
  creditsRecognised: 'credits recognised',
  supervisionAndIdentity: 'supervision and identity checks',
  house: 'house rules',
};

/** `skillType` → "skill type"; `layout` → "position". */
export function fieldWords(field: string): string {
  return FIELD_WORDS[field] ?? field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** "statement", "statement and importance", "statement, importance and description". */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

const MAX_LABEL = 60;

/** A label in curly quotes, cut to a readable length. */
export function quoted(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return `“${one.length > MAX_LABEL ? `${one.slice(0, MAX_LABEL - 1).trimEnd()}…` : one}”`;
}

/** The entity's label, looked up in the newer copy first (it may be gone from one). */
function entityText(id: Id, docs: readonly McredDocument[]): string {
  for (const d of docs) {
    const e = d.entities[id];
    if (e) return quoted(entityLabel(e));
  }
  return quoted(id);
}

/** What a record of collection `c` is about, e.g. skill “Clean data”, or the link “A” is addressed by “B”. */
export function recordText(c: Collection, rec: Rec, docs: readonly McredDocument[]): string {
  switch (c) {
    case 'entities':
      return `${kindWord(rec.kind as RecordKind)} ${quoted(entityLabel(rec as McredDocument['entities'][string]))}`;
    case 'links': {
      const l = rec as McredDocument['links'][string];
      return `the link ${entityText(l.from, docs)} ${LINK_RULES[l.kind].label} ${entityText(l.to, docs)}`;
    }
    case 'people':
      return String(rec.name);
    case 'comments':
      return targetText(String(rec.target), docs);
    case 'endorsements':
      return targetText(String(rec.target), docs);
    case 'revisions':
      return `the named revision ${quoted(String(rec.name))}`;
    case 'reviews':
      return `the review imported from ${quoted(String(rec.file))}`;
    case 'proposals':
      return `a proposed change to ${targetText(String(rec.target), docs)}`;
    case 'approvals':
      return `a status step of ${targetText(String(rec.credential), docs)}`;
  }
}

/** The entity or link a comment or endorsement is on. */
export function targetText(id: Id, docs: readonly McredDocument[]): string {
  for (const d of docs) {
    const e = d.entities[id];
    if (e) return `${kindWord(e.kind)} ${quoted(entityLabel(e))}`;
    const l = d.links[id];
    if (l) return recordText('links', l, docs);
  }
  return quoted(id);
}

/** The name a person id goes by in either copy, or the id itself. */
export function personName(id: Id, docs: readonly McredDocument[]): string {
  for (const d of docs) {
    const p = d.people[id];
    if (p) return p.name;
  }
  return id;
}
