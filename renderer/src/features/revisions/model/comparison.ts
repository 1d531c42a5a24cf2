import { changedEntityIds, contentAt, contentChanges, type FieldChange } from '../../../../../shared/review';
import type { McredDocument } from '../../../../../shared/model';
import { labelOf } from '../../inspector/model/fieldDescriptors';
import { ENTITY_KIND_LABELS } from '../../inspector/model/vocabLabels';

/** A point to compare: a named revision's id, or the map as it is now. */
export type Point = string;
export const NOW: Point = 'now';

/** One change as the panel shows it. */
export interface ChangeLine {
  key: string;
  record: string;
  /** "Learning outcome", "Link", "Map settings". */
  kindLabel: string;
  label: string;
  op: FieldChange['op'];
  /** The field's label as the inspector shows it ("Statement"); changes only. */
  field?: string;
  before?: string;
  after?: string;
  /** The whole change in one sentence, for screen readers and tooltips. */
  sentence: string;
}

export interface Comparison {
  older: Point;
  newer: Point;
  changes: ChangeLine[];
  /** Entities to mark on the map. */
  changedIds: ReadonlySet<string>;
}

/** When a point was taken; now is later than every revision. */
function timeOf(doc: McredDocument, p: Point): string {
  return p === NOW ? '\uffff' : (doc.revisions[p]?.at ?? '');
}

/** The two points in time order: older first. */
export function orderPoints(doc: McredDocument, a: Point, b: Point): { older: Point; newer: Point } {
  return timeOf(doc, a) <= timeOf(doc, b) ? { older: a, newer: b } : { older: b, newer: a };
}

/** "Now" or the revision's name. */
export function pointName(doc: Pick<McredDocument, 'revisions'>, p: Point): string {
  return p === NOW ? 'Now' : (doc.revisions[p]?.name ?? 'a removed revision');
}

/** "statement" → "Statement", "workloadHours" → "Workload hours": for fields no form names. */
function humanise(field: string): string {
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function kindLabel(kind: FieldChange['kind']): string {
  if (kind === 'link') return 'Link';
  if (kind === 'settings') return 'Map settings';
  return ENTITY_KIND_LABELS[kind];
}

export function fieldLabel(kind: FieldChange['kind'], field: string): string {
  return (kind !== 'link' && kind !== 'settings' ? labelOf(kind, field) : undefined) ?? humanise(field);
}

const shown = (text: string | undefined) => (text ? `“${text}”` : 'empty');

/** A field change in words a person reads aloud. */
export function changeLine(c: FieldChange, index: number): ChangeLine {
  const base = { key: `${c.record}|${c.field ?? ''}|${index}`, record: c.record, kindLabel: kindLabel(c.kind), label: c.label, op: c.op };
  if (c.op === 'added') return { ...base, sentence: `${base.kindLabel} added: ${c.label}` };
  if (c.op === 'removed') return { ...base, sentence: `${base.kindLabel} removed: ${c.label}` };
  const field = fieldLabel(c.kind, c.field ?? '');
  return { ...base, field, before: c.before ?? '', after: c.after ?? '', sentence: `${c.label}: ${field} changed from ${shown(c.before)} to ${shown(c.after)}` };
}

/**
 * What changed from the older of two points to the newer, or undefined when either is no
 * longer there (a revision deleted by an undo or a co-editor).
 */
export function buildComparison(doc: McredDocument, a: Point, b: Point): Comparison | undefined {
  const { older, newer } = orderPoints(doc, a, b);
  const before = contentAt(doc, older);
  const after = contentAt(doc, newer);
  if (!before || !after) return undefined;
  const raw = contentChanges(before, after);
  return { older, newer, changes: raw.map(changeLine), changedIds: changedEntityIds(raw, before, after) };
}
