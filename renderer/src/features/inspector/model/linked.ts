import { eachRecordWith, entityLabel, linkEnd, linkStart, linksTouching, personLabel, type EntityKind, type Link, type LinkKind, type McredDocument } from '../../../../../shared/model';
import { formatNumber } from './numbers';
import { creditUnitShort } from './units';
import { ASSESSMENT_TYPE_OPTIONS, optionLabel } from './vocabLabels';

type Graph = Pick<McredDocument, 'entities' | 'links' | 'settings'>;

/** A record reached through links, as the inspector lists it (clicking selects `id`). */
export interface LinkedItem {
  id: string;
  kind: EntityKind;
  label: string;
  /** A short fact after the label: a level, a type, credits. */
  note?: string;
  /** The link that reaches it, when there is exactly one. */
  linkId?: string;
}

/**
 * The links of `kind` whose `end` is one of `ids`, looked up in the links' indexes by end
 * (`eachRecordWith`): on a 10k map a selection costs a look per bucket, not a pass over every link.
 */
function linksOf(doc: Graph, kind: LinkKind, end: 'from' | 'to', ids: string | Iterable<string>): Link[] {
  const out: Link[] = [];
  eachRecordWith(doc.links, end === 'from' ? linkStart : linkEnd, typeof ids === 'string' ? [ids] : ids, (l) => {
    if (l.kind === kind) out.push(l);
  });
  return out;
}

function item(doc: Graph, id: string, extra: Partial<LinkedItem> = {}): LinkedItem | undefined {
  const e = doc.entities[id];
  return e ? { id, kind: e.kind, label: entityLabel(e), ...extra } : undefined;
}

const present = <T>(x: T | undefined): x is T => x !== undefined;
const byLabel = (a: LinkedItem, b: LinkedItem) => a.label.localeCompare(b.label);

/** The credential's learning outcomes in their numbered order (unordered ones last, by label). */
export function credentialOutcomes(doc: Graph, credentialId: string): LinkedItem[] {
  const links = linksOf(doc, 'part-of', 'to', credentialId);
  const rows = links
    .map((l) => ({ order: l.kind === 'part-of' ? l.order : undefined, item: item(doc, l.from, { linkId: l.id }) }))
    .filter((r): r is { order: number | undefined; item: LinkedItem } => r.item !== undefined);
  rows.sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.item.label.localeCompare(b.item.label));
  return rows.map((r) => {
    const outcome = doc.entities[r.item.id];
    return outcome?.kind === 'outcome' && outcome.code ? { ...r.item, note: outcome.code } : r.item;
  });
}

/** Assessments that evidence any of the credential's outcomes. */
export function credentialAssessments(doc: Graph, credentialId: string): LinkedItem[] {
  const outcomes = new Set(linksOf(doc, 'part-of', 'to', credentialId).map((l) => l.from));
  const ids = new Set(linksOf(doc, 'assessed-by', 'from', outcomes).map((l) => l.to));
  return [...ids]
    .map((id) => {
      const a = doc.entities[id];
      if (a?.kind !== 'assessment') return undefined;
      const type = optionLabel(ASSESSMENT_TYPE_OPTIONS, a.assessmentType);
      return item(doc, id, { note: a.weighting !== undefined ? `${type}, ${formatNumber(a.weighting)}%` : type });
    })
    .filter(present)
    .sort(byLabel);
}

/** Notional hours of the activities that develop the credential's outcomes. */
export function credentialActivityHours(doc: Graph, credentialId: string): { contact: number; selfStudy: number; count: number } {
  const outcomes = new Set(linksOf(doc, 'part-of', 'to', credentialId).map((l) => l.from));
  const ids = new Set(linksOf(doc, 'develops', 'to', outcomes).map((l) => l.from));
  let contact = 0;
  let selfStudy = 0;
  let count = 0;
  for (const id of ids) {
    const a = doc.entities[id];
    if (a?.kind !== 'activity') continue;
    contact += a.contactHours;
    selfStudy += a.selfStudyHours;
    count++;
  }
  return { contact, selfStudy, count };
}

/** Credentials this one requires (`requires` links from it). */
export function requiredCredentials(doc: Graph, credentialId: string): LinkedItem[] {
  return linksOf(doc, 'requires', 'from', credentialId)
    .map((l) => item(doc, l.to, { linkId: l.id }))
    .filter(present)
    .sort(byLabel);
}

/** Credentials that require this one. */
export function requiringCredentials(doc: Graph, credentialId: string): LinkedItem[] {
  return linksOf(doc, 'requires', 'to', credentialId)
    .map((l) => item(doc, l.from, { linkId: l.id }))
    .filter(present)
    .sort(byLabel);
}

/** Programs the credential stacks into, with the credits each recognises in its own unit. */
export function stacksInto(doc: Graph, credentialId: string): LinkedItem[] {
  return linksOf(doc, 'stacks-into', 'from', credentialId)
    .map((l) => {
      const program = doc.entities[l.to];
      const unit = program?.kind === 'program' ? (program.totalCredits?.unit ?? doc.settings.creditUnit) : doc.settings.creditUnit;
      const recognised = l.kind === 'stacks-into' && l.creditsRecognised !== undefined ? `${formatNumber(l.creditsRecognised)} ${creditUnitShort(unit)} recognised` : undefined;
      return item(doc, l.to, { linkId: l.id, ...(recognised ? { note: recognised } : {}) });
    })
    .filter(present)
    .sort(byLabel);
}

/** One link of a record, seen from that record. */
export interface Connection {
  linkId: string;
  kind: LinkKind;
  /** How it reads from this record, e.g. "Addressed by", "Part of". */
  relation: string;
  other: LinkedItem;
}

const RELATIONS: Record<LinkKind, { out: string; in: string }> = {
  addresses: { out: 'Addressed by', in: 'Addresses skill' },
  'assessed-by': { out: 'Assessed by', in: 'Assesses' },
  develops: { out: 'Develops', in: 'Developed by' },
  'part-of': { out: 'Part of', in: 'Learning outcome' },
  'stacks-into': { out: 'Stacks into', in: 'Stacked into by' },
  requires: { out: 'Requires', in: 'Required by' },
};

/** Every link touching a record, grouped by relation then label. */
export function connectionsOf(doc: Graph, id: string): Connection[] {
  const rows: Connection[] = [];
  for (const l of linksTouching(doc.links, id)) {
    const out = l.from === id;
    const note = l.kind === 'addresses' ? l.level : undefined;
    const other = item(doc, out ? l.to : l.from, note ? { note } : {});
    if (other) rows.push({ linkId: l.id, kind: l.kind, relation: RELATIONS[l.kind][out ? 'out' : 'in'], other });
  }
  return rows.sort((a, b) => a.relation.localeCompare(b.relation) || a.other.label.localeCompare(b.other.label) || (a.linkId < b.linkId ? -1 : 1));
}

/** One advisor's endorsement, as the inspector lists it. */
export interface EndorsementRow {
  id: string;
  person: string;
  organisation?: string;
  /** ISO date. */
  date: string;
  note?: string;
}

/** Endorsements of a skill or credential, newest first. */
export function endorsementsOf(doc: Pick<McredDocument, 'endorsements' | 'people'>, targetId: string): EndorsementRow[] {
  return Object.values(doc.endorsements)
    .filter((e) => e.target === targetId)
    .map((e) => {
      const p = doc.people[e.person];
      return { id: e.id, person: personLabel(doc.people, e.person), date: e.date, ...(p?.organisation ? { organisation: p.organisation } : {}), ...(e.note ? { note: e.note } : {}) };
    })
    .sort((a, b) => b.date.localeCompare(a.date) || a.person.localeCompare(b.person));
}
