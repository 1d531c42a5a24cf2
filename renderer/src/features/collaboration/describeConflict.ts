import { fieldWords, kindWord, quoted, type Conflict, type ConflictSide } from '../../../../shared/merge';
import { LINK_RULES, entityLabel, isPosition, isPositionField, type Id, type Link, type McredDocument } from '../../../../shared/model';
import type { Side } from './resolve';

/** Words for showing a conflict in the review panel. Pure, so they are unit-tested. */

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function entityName(id: Id, doc: McredDocument, fallback?: unknown): string {
  const e = doc.entities[id];
  return e ? quoted(entityLabel(e)) : typeof fallback === 'string' ? quoted(fallback) : 'a deleted item';
}

function linkText(link: Link, doc: McredDocument): string {
  return `${entityName(link.from, doc)} ${LINK_RULES[link.kind]?.label ?? 'to'} ${entityName(link.to, doc)}`;
}

/** The record as it is now, or as either side had it. */
function recordOf(conflict: Conflict, doc: McredDocument): Record<string, unknown> | undefined {
  const id = conflict.recordId;
  const now = doc.entities[id] ?? doc.links[id] ?? doc.comments[id] ?? doc.endorsements[id] ?? doc.people[id] ?? doc.revisions[id];
  if (now) return now as Record<string, unknown>;
  for (const side of [conflict.ours, conflict.theirs]) {
    const v = side.value;
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
  }
  return undefined;
}

/** e.g. Outcome “Analyse network traffic…”, Link “A” is addressed by “B”, Map settings. */
export function conflictTitle(conflict: Conflict, doc: McredDocument): string {
  if (conflict.kind === 'settings') return 'Map settings';
  const record = recordOf(conflict, doc);
  if (conflict.kind === 'link') return record ? `Link ${linkText(record as unknown as Link, doc)}` : 'A link';
  if (conflict.kind === 'comment' || conflict.kind === 'endorsement') {
    const target = typeof record?.target === 'string' ? record.target : '';
    return `${capitalise(kindWord(conflict.kind))} on ${entityName(target, doc)}`;
  }
  if (conflict.kind === 'person') return `Person ${quoted(String(record?.name ?? conflict.recordId))}`;
  if (conflict.kind === 'revision') return `Named revision ${quoted(String(record?.name ?? conflict.recordId))}`;
  const label = record ? String(record.statement ?? record.title ?? conflict.recordId) : conflict.recordId;
  return `${capitalise(kindWord(conflict.kind))} ${quoted(label)}`;
}

/** What happened, in one sentence, with the two sides named. */
export function conflictSummary(conflict: Conflict, names: Record<Side, string>): string {
  const field = conflict.field ? fieldWords(conflict.field) : '';
  switch (conflict.type) {
    case 'field':
      return `${capitalise(names.ours)} and ${names.theirs} both changed the ${field}. The later change is in the map now.`;
    case 'edited-deleted': {
      const [deleter, editor] = conflict.ours.deleted ? [names.ours, names.theirs] : [names.theirs, names.ours];
      return `${capitalise(deleter)} deleted it while ${editor} changed it. It stays deleted unless you bring the changed version back as a new item.`;
    }
    case 'orphaned':
      return 'What it belonged to was deleted in the other copy, so it was left out.';
    case 'requires-cycle':
      return 'Together, the prerequisites from both copies would go round in a circle, so the later one was left out.';
    case 'duplicate-link':
      return `${capitalise(names.ours)} and ${names.theirs} both drew this link with different details; one version is kept.`;
  }
}

/** The value one side had, as the panel shows it. */
export function sideValueText(conflict: Conflict, side: ConflictSide, doc: McredDocument): string {
  if (side.deleted) return 'Deleted';
  const value = side.value;
  switch (conflict.type) {
    case 'field':
      return formatValue(value, conflict.field);
    case 'requires-cycle':
      if (Array.isArray(value)) return `Had ${value.map((l) => linkText(l as Link, doc)).join('; ')}`;
      return value ? `Had ${linkText(value as Link, doc)}` : 'Did not have it';
    case 'duplicate-link':
      return value ? linkDetails(value as Link) : 'Did not have it';
    default:
      return value ? 'Kept it (with changes)' : 'Did not have it';
  }
}

function linkDetails(link: Link): string {
  const details = Object.entries(link).filter(([k]) => !['id', 'kind', 'from', 'to'].includes(k));
  if (!details.length) return 'No details';
  return details.map(([k, v]) => `${fieldWords(k)}: ${formatValue(v, k)}`).join(' · ');
}

const MAX_TEXT = 240;

/** "(empty)", a quoted text cut to length, "5 ECTS", "x 120, y 80", lists joined. */
export function formatValue(value: unknown, field?: string): string {
  if (value === undefined || value === null || value === '') return '(empty)';
  if (typeof value === 'string') return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT - 1)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length ? value.map((v) => formatValue(v)).join(', ') : '(none)';
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (field !== undefined && isPositionField(field) && isPosition(o)) return `Moved to x ${Math.round(o.x)}, y ${Math.round(o.y)}`;
    if (typeof o.value === 'number' && typeof o.unit === 'string') return `${o.value} ${o.unit.toUpperCase()}`;
    return Object.entries(o)
      .map(([k, v]) => `${fieldWords(k)}: ${formatValue(v)}`)
      .join(' · ');
  }
  return String(value);
}

/** "You" for our side; the other side by the name of who made that change. */
export function sideNames(conflict: Conflict, doc: McredDocument, me: Id): Record<Side, string> {
  const author = conflict.theirs.author;
  const theirs = author && author !== me ? (doc.people[author]?.name ?? 'the other copy') : 'the other copy';
  return { ours: 'you', theirs };
}

/** The entity to select when the user clicks the conflict's title. */
export function focusTarget(conflict: Conflict, doc: McredDocument): Id | undefined {
  const id = conflict.recordId;
  if (doc.entities[id]) return id;
  const record = recordOf(conflict, doc);
  for (const k of ['target', 'from', 'to'] as const) {
    const v = record?.[k];
    if (typeof v === 'string' && doc.entities[v]) return v;
  }
  return undefined;
}
