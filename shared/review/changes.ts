import { LINK_RULES, entityLabel, jsonEqual, type Content, type EntityKind, type Link, type McredDocument } from '../model';

/**
 * What changed between two versions of a map's content (two named revisions, or one and
 * now): records added or removed and fields changed, in words a person reads. Used by the
 * Revisions panel, the "changed since approval" readiness check and the Word summary of
 * changes since approval.
 */
export interface FieldChange {
  /** The entity or link id ("map" for the settings). */
  record: string;
  kind: EntityKind | 'link' | 'settings';
  /** The entity's title or statement, or the link in words. */
  label: string;
  op: 'added' | 'removed' | 'changed';
  /** The field that changed (`changed` only). */
  field?: string;
  before?: string;
  after?: string;
}

/** The content of a named revision, or the map as it is now (`now`). */
export function contentAt(doc: McredDocument, revision: string | 'now'): Content | undefined {
  if (revision === 'now') return { settings: doc.settings, entities: doc.entities, links: doc.links };
  return doc.revisions[revision]?.snapshot;
}

/** A field value as short text: numbers as written, lists joined, credits with their unit. */
export function valueText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(valueText).join(', ');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.value === 'number' && typeof o.unit === 'string') return `${o.value} ${o.unit}`;
    return Object.entries(o)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}: ${valueText(v)}`)
      .join('; ');
  }
  return String(value);
}


function linkLabel(l: Link, before: Content, after: Content): string {
  const name = (id: string) => {
    const e = after.entities[id] ?? before.entities[id];
    return e ? `“${entityLabel(e)}”` : id;
  };
  return `${name(l.from)} ${LINK_RULES[l.kind].label} ${name(l.to)}`;
}

function recordFields(kind: FieldChange['kind'], record: string, label: string, a: object, b: object, out: FieldChange[], skip: ReadonlySet<string>): void {
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  for (const field of keys) {
    if (field === 'id' || field === 'kind' || skip.has(field) || jsonEqual(ra[field], rb[field])) continue;
    out.push({ record, kind, label, op: 'changed', field, before: valueText(ra[field]), after: valueText(rb[field]) });
  }
}

export interface ChangeOptions {
  /** Only these records (entity and link ids); default all. */
  only?: ReadonlySet<string>;
  /** Fields not to report, e.g. a credential's `status` when asking what changed since approval. */
  skipFields?: ReadonlySet<string>;
}

const ORDER = new Intl.Collator('en', { numeric: true });

/** Every change from `before` to `after`: settings, then entities (outcomes by code), then links, each sorted by label. */
export function contentChanges(before: Content, after: Content, options: ChangeOptions = {}): FieldChange[] {
  const out: FieldChange[] = [];
  const skip = options.skipFields ?? new Set<string>();
  const wanted = (id: string) => !options.only || options.only.has(id);
  if (!options.only) recordFields('settings', 'map', 'Map settings', before.settings, after.settings, out, skip);
  const entities: FieldChange[] = [];
  /** Outcomes are listed by code (LO3 before LO6, LO9 before LO10), as everywhere else. */
  const codes = new Map<string, string>();
  for (const id of new Set([...Object.keys(before.entities), ...Object.keys(after.entities)])) {
    if (!wanted(id)) continue;
    const a = before.entities[id];
    const b = after.entities[id];
    if (a && b) recordFields(b.kind, id, entityLabel(b), a, b, entities, skip);
    else if (b) entities.push({ record: id, kind: b.kind, label: entityLabel(b), op: 'added' });
    else if (a) entities.push({ record: id, kind: a.kind, label: entityLabel(a), op: 'removed' });
    const e = b ?? a;
    if (e?.kind === 'outcome' && e.code) codes.set(id, e.code);
  }
  const links: FieldChange[] = [];
  for (const id of new Set([...Object.keys(before.links), ...Object.keys(after.links)])) {
    const a = before.links[id];
    const b = after.links[id];
    const l = (b ?? a)!;
    if (options.only && !options.only.has(id) && !options.only.has(l.from) && !options.only.has(l.to)) continue;
    const label = linkLabel(l, before, after);
    if (a && b) recordFields('link', id, label, a, b, links, skip);
    else links.push({ record: id, kind: 'link', label, op: b ? 'added' : 'removed' });
  }
  const sortText = (c: FieldChange) => (codes.has(c.record) ? `${codes.get(c.record)!} ${c.label}` : c.label);
  const byLabel = (x: FieldChange, y: FieldChange) => ORDER.compare(sortText(x), sortText(y)) || (x.field ?? '').localeCompare(y.field ?? '');
  return [...out, ...entities.sort(byLabel), ...links.sort(byLabel)];
}

/** Entity ids a change touches (a link's ends for a link change), e.g. to mark them on the map. */
export function changedEntityIds(changes: readonly FieldChange[], before: Content, after: Content): Set<string> {
  const ids = new Set<string>();
  for (const c of changes) {
    if (c.kind === 'settings') continue;
    if (c.kind !== 'link') {
      ids.add(c.record);
      continue;
    }
    const l = after.links[c.record] ?? before.links[c.record];
    if (l) {
      ids.add(l.from);
      ids.add(l.to);
    }
  }
  return ids;
}

/**
 * The records one credential's specification is made of: the credential, its outcomes
 * (part-of), the skills they address, their assessments and activities, the programs it
 * stacks into and the credentials it requires, with the links between them.
 */
export function credentialRecords(content: Content, credentialId: string): Set<string> {
  const ids = new Set<string>([credentialId]);
  const links = Object.values(content.links);
  const outcomes = new Set<string>();
  for (const l of links) {
    if (l.kind === 'part-of' && l.to === credentialId) outcomes.add(l.from);
    if ((l.kind === 'stacks-into' || l.kind === 'requires') && l.from === credentialId) {
      ids.add(l.to);
      ids.add(l.id);
    }
  }
  for (const l of links) {
    const joins = (l.kind === 'part-of' && l.to === credentialId) || (l.kind === 'addresses' && outcomes.has(l.to)) || (l.kind === 'assessed-by' && outcomes.has(l.from)) || (l.kind === 'develops' && outcomes.has(l.to));
    if (!joins) continue;
    ids.add(l.id);
    ids.add(l.from);
    ids.add(l.to);
  }
  return ids;
}

/** What changed in one credential's specification between two versions (its status left out). */
export function credentialChanges(before: Content, after: Content, credentialId: string): FieldChange[] {
  const only = new Set([...credentialRecords(before, credentialId), ...credentialRecords(after, credentialId)]);
  return contentChanges(before, after, { only, skipFields: new Set(['status']) });
}

