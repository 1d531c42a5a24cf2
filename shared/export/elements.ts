import { creditUnitName, type Content, type Credential, type Credits, type ProfileId } from '../model';
import { ectsEquivalent, formatEcts, hoursPerCredit as unitHours } from '../analysis/credits';
import { participationText } from '../review/fields';
import type { CredentialScope } from './scope';
import { formatNumber, hours, languageName } from './text';

/** Groups of the summary table, in the order they are printed. */
export type ElementGroup = 'eu-mandatory' | 'eu-optional' | 'other';

export const GROUP_LABELS: Record<ElementGroup, string> = {
  'eu-mandatory': 'EU Council Recommendation 2022, Annex I: mandatory elements',
  'eu-optional': 'EU Council Recommendation 2022, Annex I: optional elements',
  other: 'Further elements of the enabled profiles',
};

/** A standard element of a specification and how to read its value from a credential. */
export interface StandardElement {
  key: string;
  label: string;
  group: ElementGroup;
  /** Credential fields the value is made of; the first one's stamp dates a change. */
  fields: readonly string[];
  /** Other profiles that ask for the element (besides the EU group it sits in). */
  profiles: readonly ProfileId[];
  value(c: Credential, scope: CredentialScope, content: Pick<Content, 'settings'>): string | undefined;
  /**
   * The value as the Word review copy shows it, for elements made of reviewable fields:
   * literal text (units, labels, derived figures) and fields, each shown as exactly its
   * review text (or "Not stated") inside its hidden anchor. Every reviewable field of the
   * element is among the parts, also when empty, so a reviewer can fill it in.
   */
  parts?(c: Credential, scope: CredentialScope, content: Pick<Content, 'settings'>): ElementPart[];
}

/** A piece of an element's value in the review copy: literal text, or a credential field. */
export type ElementPart = string | { field: keyof Credential & string };

/** The element is exactly one field. */
const own = (field: keyof Credential & string) => (): ElementPart[] => [{ field }];

/** A field with a map-wide default: when the credential leaves it empty, the default is named after the placeholder. */
const withDefault = (field: 'issuerCountry' | 'awardingBody', fallback: (m: Pick<Content, 'settings'>) => string | undefined, what: string) =>
  (c: Credential, _s: CredentialScope, m: Pick<Content, 'settings'>): ElementPart[] => {
    const d = fallback(m);
    return c[field] === undefined && d ? [{ field }, ` (the map's ${what}: ${d})`] : [{ field }];
  };

export const PROFILE_SHORT: Record<ProfileId, string> = {
  'eu-2022': 'EU',
  'unesco-2022': 'UNESCO',
  nzqa: 'NZQA',
  'au-nmf': 'AU NMF',
  'us-credit-hours': 'US',
  house: 'Institution',
};

/** "12 US credit hours", "1 ECTS credit", "10 credits". */
export function formatCredits(c: Credits): string {
  return `${formatNumber(c.value)} ${creditUnitName(c.unit, c.value)}`;
}


/** Notional hours per credit of a unit, with the map's override (the analysis's rule). */
export function hoursPerCredit(content: Pick<Content, 'settings'>, unit: Credits['unit']): number | undefined {
  return unitHours(unit, content.settings);
}

/**
 * The one ECTS figure of a credential, with its rule, for a credential not in ECTS whose
 * hours are known ("about 19.6 ECTS credits (540 notional hours at 27.5 hours per credit, …)").
 * The summary's workload element states it; other sections refer to it.
 */
export function ectsText(c: Credential, content: Pick<Content, 'settings'>): string | undefined {
  const e = ectsEquivalent(c, content.settings);
  return e && formatEcts(e);
}

function workload(c: Credential, content: Pick<Content, 'settings'>): string | undefined {
  const parts: string[] = [];
  if (c.workloadHours !== undefined) parts.push(`${hours(c.workloadHours)} of notional learning`);
  if (c.credits) {
    parts.push(formatCredits(c.credits));
  }
  const ects = ectsText(c, content);
  if (ects) parts.push(ects);
  return parts.length ? parts.join('; ') : undefined;
}

function workloadParts(c: Credential, _s: CredentialScope, content: Pick<Content, 'settings'>): ElementPart[] {
  const parts: ElementPart[] = c.workloadHours !== undefined ? [{ field: 'workloadHours' }, ` ${c.workloadHours === 1 ? 'hour' : 'hours'} of notional learning`] : ['Notional learning hours: ', { field: 'workloadHours' }];
  parts.push('; ');
  if (!c.credits) parts.push('Credits: ', { field: 'credits' });
  else parts.push({ field: 'credits' }, ` ${creditUnitName(c.credits.unit, c.credits.value)}`);
  const ects = ectsText(c, content);
  if (ects) parts.push(`; ${ects}`);
  return parts;
}

function levelParts(c: Credential): ElementPart[] {
  const parts: ElementPart[] = c.eqfLevel !== undefined ? ['EQF level ', { field: 'eqfLevel' }] : ['EQF level: ', { field: 'eqfLevel' }];
  if (c.cycle) parts.push(`; ${c.cycle === 'short' ? 'short' : c.cycle} cycle`);
  parts.push(c.nqfLevel ? '; ' : '; national level: ', { field: 'nqfLevel' });
  return parts;
}

function level(c: Credential): string | undefined {
  const parts: string[] = [];
  if (c.eqfLevel !== undefined) parts.push(`EQF level ${c.eqfLevel}`);
  if (c.cycle) parts.push(`${c.cycle === 'short' ? 'short' : c.cycle} cycle`);
  if (c.nqfLevel) parts.push(c.nqfLevel);
  return parts.length ? parts.join('; ') : undefined;
}

const text = (f: keyof Credential) => (c: Credential) => {
  const v = c[f];
  return typeof v === 'string' ? v : undefined;
};

/** The standard elements in the order the summary table prints them. */
export const STANDARD_ELEMENTS: readonly StandardElement[] = [
  { key: 'learnerIdentification', label: 'Identification of the learner', group: 'eu-mandatory', fields: ['learnerIdentification'], profiles: [], parts: own('learnerIdentification'), value: text('learnerIdentification') },
  { key: 'title', label: 'Title of the micro-credential', group: 'eu-mandatory', fields: ['title'], profiles: ['unesco-2022', 'nzqa', 'au-nmf'], parts: own('title'), value: text('title') },
  { key: 'issuerCountry', label: 'Country or region of the issuer', group: 'eu-mandatory', fields: ['issuerCountry'], profiles: [], parts: withDefault('issuerCountry', (m) => m.settings.country, 'country'), value: (c, _s, m) => c.issuerCountry ?? m.settings.country },
  { key: 'awardingBody', label: 'Awarding body', group: 'eu-mandatory', fields: ['awardingBody'], profiles: ['unesco-2022', 'nzqa'], parts: withDefault('awardingBody', (m) => m.settings.institution, 'institution'), value: (c, _s, m) => c.awardingBody ?? m.settings.institution },
  { key: 'dateOfIssue', label: 'Date of issuing', group: 'eu-mandatory', fields: ['dateOfIssue'], profiles: [], parts: own('dateOfIssue'), value: text('dateOfIssue') },
  {
    key: 'outcomes',
    label: 'Learning outcomes',
    group: 'eu-mandatory',
    fields: [],
    profiles: ['unesco-2022', 'nzqa', 'au-nmf'],
    value: (_c, s) => {
      const n = s.outcomes.length;
      if (!n) return undefined;
      const range = n === 1 ? s.outcomes[0]!.label : `${s.outcomes[0]!.label}–${s.outcomes[n - 1]!.label}`;
      return `${n} learning ${n === 1 ? 'outcome' : 'outcomes'} (${range}), stated in full in "Learning outcomes"`;
    },
  },
  {
    key: 'workload',
    label: 'Notional workload (ECTS wherever possible)',
    group: 'eu-mandatory',
    fields: ['workloadHours', 'credits'],
    profiles: ['nzqa', 'au-nmf', 'us-credit-hours'],
    parts: workloadParts,
    value: (c, _s, m) => workload(c, m),
  },
  { key: 'level', label: 'Level (and cycle) of the learning experience', group: 'eu-mandatory', fields: ['eqfLevel', 'cycle', 'nqfLevel'], profiles: ['nzqa'], parts: levelParts, value: level },
  { key: 'assessmentType', label: 'Type of assessment', group: 'eu-mandatory', fields: ['assessmentType'], profiles: ['unesco-2022', 'au-nmf'], parts: own('assessmentType'), value: text('assessmentType') },
  {
    key: 'participation',
    label: 'Form of participation in the learning activity',
    group: 'eu-mandatory',
    fields: ['participation'],
    profiles: [],
    parts: own('participation'),
    value: (c) => (c.participation?.length ? participationText(c.participation) : undefined),
  },
  { key: 'qualityAssurance', label: 'Type of quality assurance', group: 'eu-mandatory', fields: ['qualityAssurance'], profiles: ['unesco-2022', 'au-nmf'], parts: own('qualityAssurance'), value: text('qualityAssurance') },
  {
    key: 'prerequisites',
    label: 'Prerequisites needed to enrol',
    group: 'eu-optional',
    fields: ['prerequisites'],
    profiles: [],
    parts: (_c, s) => {
      const req = s.requires.map((r) => `${r.credential.title}${r.credential.code ? ` (${r.credential.code})` : ''}`);
      return [{ field: 'prerequisites' }, ...(req.length ? [`\nRequires completion of ${req.join(', ')}.`] : [])];
    },
    value: (c, s) => {
      const req = s.requires.map((r) => `${r.credential.title}${r.credential.code ? ` (${r.credential.code})` : ''}`);
      const parts = [c.prerequisites, req.length ? `Requires completion of ${req.join(', ')}.` : undefined].filter(Boolean);
      return parts.length ? parts.join('\n') : undefined;
    },
  },
  { key: 'supervisionAndIdentity', label: 'Supervision and identity verification during assessment', group: 'eu-optional', fields: ['supervisionAndIdentity'], profiles: [], parts: own('supervisionAndIdentity'), value: text('supervisionAndIdentity') },
  { key: 'gradeAchieved', label: 'Grade achieved', group: 'eu-optional', fields: ['gradeAchieved'], profiles: [], parts: own('gradeAchieved'), value: text('gradeAchieved') },
  { key: 'stackability', label: 'Integration and stackability options', group: 'eu-optional', fields: ['stackability'], profiles: ['unesco-2022'], parts: own('stackability'), value: text('stackability') },
  { key: 'furtherInformation', label: 'Further information', group: 'eu-optional', fields: ['furtherInformation'], profiles: [], parts: own('furtherInformation'), value: text('furtherInformation') },
  { key: 'industryNeed', label: 'Evidence of industry need', group: 'other', fields: ['industryNeed'], profiles: ['nzqa', 'au-nmf'], parts: own('industryNeed'), value: text('industryNeed') },
  { key: 'nonDuplication', label: 'No duplication of approved learning', group: 'other', fields: ['nonDuplication'], profiles: ['nzqa'], parts: own('nonDuplication'), value: text('nonDuplication') },
  {
    key: 'reviewCycleMonths',
    label: 'Review period',
    group: 'other',
    fields: ['reviewCycleMonths'],
    profiles: ['nzqa'],
    value: (c) => (c.reviewCycleMonths ? `Every ${c.reviewCycleMonths} months` : undefined),
  },
  {
    key: 'validityMonths',
    label: 'Validity of the issued credential',
    group: 'other',
    fields: ['validityMonths'],
    profiles: [],
    value: (c) => (c.validityMonths ? `${c.validityMonths} months from the date of issue` : 'Does not expire'),
  },
  { key: 'targetAudience', label: 'Target audience', group: 'other', fields: ['targetAudience'], profiles: [], parts: own('targetAudience'), value: text('targetAudience') },
  { key: 'language', label: 'Language of instruction', group: 'other', fields: ['language'], profiles: [], value: (c) => languageName(c.language) },
  { key: 'code', label: 'Credential code', group: 'other', fields: ['code'], profiles: [], value: text('code') },
  { key: 'url', label: 'Web page', group: 'other', fields: ['url'], profiles: [], value: text('url') },
];

/** The enabled profiles (other than the EU one of its group) that ask for an element, as short labels. */
export function askedBy(element: StandardElement, profiles: readonly ProfileId[], houseFields: readonly string[]): string[] {
  const out: string[] = [];
  if (element.group !== 'other') out.push(element.group === 'eu-mandatory' ? 'EU (mandatory)' : 'EU (optional)');
  for (const p of element.profiles) if (profiles.includes(p)) out.push(PROFILE_SHORT[p]);
  if (profiles.includes('house') && element.fields.some((f) => houseFields.includes(f))) out.push(PROFILE_SHORT.house);
  return out;
}

/**
 * The summary table's "Asked for by" cell: the enabled profiles that ask for the element,
 * each by its short name. An element shown although no enabled profile asks for it (it has
 * a value) names the profiles it belongs to as not enabled, or says it is for information:
 * never a bare dash that reads as an answer.
 */
export function askedByLabel(element: StandardElement, profiles: readonly ProfileId[], houseFields: readonly string[]): string {
  const asked = askedBy(element, profiles, houseFields);
  if (element.group !== 'other' && !profiles.includes('eu-2022')) asked[0] = `${asked[0]!.replace(/\)$/, '')}; profile not enabled)`;
  if (asked.length) return asked.join(', ');
  if (element.profiles.length) return `${element.profiles.map((p) => PROFILE_SHORT[p]).join(', ')} (not enabled)`;
  return 'None';
}

/**
 * Whether an element of the third group ("further elements of the enabled profiles") is
 * shown: when an enabled profile asks for it (then also empty, for a reviewer to fill in),
 * or when it has a value. An empty element no enabled profile asks for is left out.
 */
export function isFurtherElementShown(element: StandardElement, profiles: readonly ProfileId[], houseFields: readonly string[], hasValue: boolean): boolean {
  if (hasValue) return true;
  if (element.key === 'url' || element.key === 'code') return false;
  return askedBy(element, profiles, houseFields).length > 0;
}
