import { Participation, type Credits, type Entity, type EntityKind } from '../model';

/**
 * The fields a reviewer may change in a Word review copy, per entity kind, and how each
 * reads as text and back. The exporter writes `reviewText` inside the field's anchor and
 * the importer reads the reviewer's text back with `parseReviewText`, so a field that was
 * not touched reads back as exactly what was written.
 */
export type FieldCodec =
  /** Required one-line text (titles, statements): may not become empty. */
  | 'title'
  /** Optional free text: empty clears it. */
  | 'text'
  /** A number of hours, a percentage, … (decimal, not negative). */
  | 'number'
  /** A whole number, e.g. an EQF level. */
  | 'integer'
  /** The value of a `credits` field; its unit stays as it was. */
  | 'credits'
  /** EU Annex I form of participation: labels separated by commas. */
  | 'participation';

export const REVIEW_FIELDS: { readonly [K in EntityKind]: Readonly<Record<string, FieldCodec>> } = {
  skill: { statement: 'title', description: 'text' },
  outcome: { statement: 'title', criteria: 'text' },
  assessment: { title: 'title', description: 'text', weighting: 'number' },
  activity: { title: 'title', description: 'text', contactHours: 'number', selfStudyHours: 'number' },
  credential: {
    title: 'title',
    description: 'text',
    targetAudience: 'text',
    learnerIdentification: 'text',
    issuerCountry: 'text',
    awardingBody: 'text',
    dateOfIssue: 'text',
    workloadHours: 'number',
    credits: 'credits',
    eqfLevel: 'integer',
    nqfLevel: 'text',
    assessmentType: 'text',
    participation: 'participation',
    qualityAssurance: 'text',
    prerequisites: 'text',
    supervisionAndIdentity: 'text',
    gradeAchieved: 'text',
    stackability: 'text',
    furtherInformation: 'text',
    industryNeed: 'text',
    nonDuplication: 'text',
  },
  program: { title: 'title' },
};

/** What an empty anchored field shows; reading it back means "still empty". */
export const NOT_STATED = 'Not stated';

/** The same placeholder as the value after a label inside a line ("Credits: not stated"). */
export const NOT_STATED_IN_LINE = 'not stated';

/** Whether a reviewer's text is the placeholder, as either document writes it: "still empty". */
export function isNotStated(text: string): boolean {
  return text.trim().toLowerCase() === NOT_STATED_IN_LINE;
}

const PARTICIPATION_LABELS: Record<Participation, string> = {
  online: 'Online',
  onsite: 'On-site',
  blended: 'Blended',
  'work-based': 'Work-based',
  volunteering: 'Volunteering',
};

/** Forms of participation as a list in a sentence: "Online, on-site and blended" reads as "Online, on-site, blended". */
export function participationText(list: readonly Participation[]): string {
  return list.map((p, i) => (i === 0 ? PARTICIPATION_LABELS[p] : PARTICIPATION_LABELS[p].toLowerCase())).join(', ');
}

export function reviewCodec(kind: EntityKind, field: string): FieldCodec | undefined {
  return Object.hasOwn(REVIEW_FIELDS[kind], field) ? REVIEW_FIELDS[kind][field] : undefined;
}

/** A number as the review copy writes it: no grouping, at most two decimals. */
function numberText(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/**
 * The text of a field as the review copy shows it inside its anchor ("" when the field is
 * empty: the document then shows NOT_STATED). Line breaks stay as "\n".
 */
export function reviewText(entity: Entity, field: string): string {
  const codec = reviewCodec(entity.kind, field);
  const value = (entity as Record<string, unknown>)[field];
  if (codec === undefined || value === undefined || value === null) return '';
  switch (codec) {
    case 'title':
    case 'text':
      return typeof value === 'string' ? value : '';
    case 'number':
    case 'integer':
      return typeof value === 'number' ? numberText(value) : '';
    case 'credits':
      return numberText((value as Credits).value);
    case 'participation':
      return participationText(value as Participation[]);
  }
}

export type ParsedField = { ok: true; value: unknown } | { ok: false; message: string };

const norm = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');

/**
 * Reads a reviewer's text back into a field value for `entity.update` (`null` clears an
 * optional field). `current` is the entity as it is now (for units that stay).
 */
export function parseReviewText(entity: Entity, field: string, text: string): ParsedField {
  const codec = reviewCodec(entity.kind, field);
  if (!codec) return { ok: false, message: `"${field}" cannot be changed from a review` };
  const t = text.replace(/\r\n?/g, '\n').trim();
  const empty = t === '' || isNotStated(t);
  switch (codec) {
    case 'title':
      return empty ? { ok: false, message: 'the reviewer left it empty, and it cannot be empty' } : { ok: true, value: t };
    case 'text':
      return { ok: true, value: empty ? null : t };
    case 'number':
    case 'integer':
    case 'credits': {
      if (empty) return codec === 'credits' || field !== 'contactHours' && field !== 'selfStudyHours' ? { ok: true, value: null } : { ok: false, message: 'it needs a number' };
      const m = /^-?\d+(?:[.,]\d+)?$/.exec(t.replace(/\s+(hours?|h|%|ects|credits?)$/i, ''));
      if (!m) return { ok: false, message: `"${t}" is not a number` };
      const n = Number(m[0].replace(',', '.'));
      if (codec === 'integer' && !Number.isInteger(n)) return { ok: false, message: `"${t}" is not a whole number` };
      if (codec === 'credits') {
        const current = (entity as Record<string, unknown>)[field] as Credits | undefined;
        return current ? { ok: true, value: { value: n, unit: current.unit } } : { ok: false, message: 'the credit unit is not known; set the credits in the app' };
      }
      return { ok: true, value: n };
    }
    case 'participation': {
      if (empty) return { ok: true, value: null };
      const out: Participation[] = [];
      for (const part of t.split(/\s*(?:,|;|\band\b|&)\s*/i).filter(Boolean)) {
        const hit = Participation.options.find((p) => norm(p) === norm(part) || norm(PARTICIPATION_LABELS[p]) === norm(part));
        if (!hit) return { ok: false, message: `"${part}" is not a form of participation (${Object.values(PARTICIPATION_LABELS).join(', ')})` };
        if (!out.includes(hit)) out.push(hit);
      }
      return { ok: true, value: out };
    }
  }
}
