import type { EntityKind } from '../../../../../shared/model';
import type { EntityFieldPath, SettingsFieldPath } from './fieldTypes';

/** Something a form shows that is not a field: lists of linked records, derived facts. */
export type Slot = 'outcomes' | 'assessments' | 'requires' | 'stacks' | 'activityTotal' | 'workloadCheck' | 'connections' | 'endorsements' | 'approvals' | 'frameworkUpdate' | 'demandSummary' | 'suggested';

export type LayoutItem<P extends string> = P | { slot: Slot };

/** One titled group of a form. */
export interface SectionLayout<P extends string> {
  id: string;
  title: string;
  /** A line under the title: where the group's requirements come from. */
  note?: string;
  /** Starts folded; the designer opens it when needed. */
  collapsed?: boolean;
  items: readonly LayoutItem<P>[];
}

type Layout<K extends EntityKind> = readonly SectionLayout<EntityFieldPath<K>>[];

const LINKS = { id: 'links', title: 'Links', items: [{ slot: 'connections' }] } as const;
const SUGGESTED = { id: 'suggested', title: 'Suggested', note: 'Links the words suggest; nothing changes until you accept.', items: [{ slot: 'suggested' }] } as const;
const ENDORSEMENTS = { id: 'endorsements', title: 'Endorsements', note: 'Advisors who vouch for it.', items: [{ slot: 'endorsements' }] } as const;

const CREDENTIAL: Layout<'credential'> = [
  {
    id: 'eu-mandatory',
    title: 'Mandatory elements (EU 2022 Annex I)',
    note: 'Council Recommendation 2022/C 243/02 — every specification states these.',
    items: [
      'learnerIdentification',
      'title',
      'issuerCountry',
      'awardingBody',
      'dateOfIssue',
      { slot: 'outcomes' },
      'workloadHours',
      { slot: 'workloadCheck' },
      'credits',
      'eqfLevel',
      'cycle',
      'nqfLevel',
      'assessmentType',
      { slot: 'assessments' },
      'participation',
      'qualityAssurance',
    ],
  },
  {
    id: 'eu-optional',
    title: 'Optional elements (EU 2022 Annex I)',
    items: ['prerequisites', { slot: 'requires' }, 'supervisionAndIdentity', 'gradeAchieved', 'stackability', { slot: 'stacks' }, 'furtherInformation'],
  },
  {
    id: 'other-frameworks',
    title: 'Other frameworks',
    note: 'NZQA, Australia’s National Microcredentials Framework and the review cycle.',
    items: ['industryNeed', 'nonDuplication', 'reviewCycleMonths', 'validityMonths'],
  },
  {
    id: 'identity',
    title: 'Identity',
    // The status moves only by recorded steps (Status and approvals), so each change has its record.
    items: ['code', 'version', 'language', 'targetAudience', 'url', 'description'],
  },
  {
    id: 'approvals',
    title: 'Status and approvals',
    note: 'Each step of the review cycle, and the revision each approval pinned.',
    items: [{ slot: 'approvals' }],
  },
  ENDORSEMENTS,
];

export const ENTITY_LAYOUTS: { readonly [K in EntityKind]: Layout<K> } = {
  skill: [
    { id: 'requirement', title: 'Requirement', items: [{ slot: 'frameworkUpdate' }, 'statement', 'skillType', 'importance', 'proficiency', 'group', 'description', 'altLabels'] },
    { id: 'source', title: 'Source', note: 'The framework the requirement comes from.', items: ['source.framework', 'source.code', 'source.uri', 'source.release'] },
    {
      id: 'demand',
      title: 'Evidence of demand',
      items: [{ slot: 'demandSummary' }, 'demand.jobPostings', 'demand.postingsTotal', 'demand.from', 'demand.to', 'demand.region', 'demand.employers', 'demand.notes'],
    },
    ENDORSEMENTS,
    LINKS,
    SUGGESTED,
  ],
  outcome: [
    { id: 'outcome', title: 'Outcome', items: ['statement', 'bloomOverride', 'code', 'criteria'] },
    LINKS,
    SUGGESTED,
  ],
  assessment: [
    { id: 'assessment', title: 'Assessment', items: ['title', 'assessmentType', 'weighting', 'description'] },
    { id: 'conduct', title: 'Supervision and grading', items: ['supervision', 'identityVerification', 'gradingScheme'] },
    LINKS,
  ],
  activity: [
    { id: 'activity', title: 'Activity', items: ['title', 'deliveryMode', 'contactHours', 'selfStudyHours', { slot: 'activityTotal' }, 'description'] },
    LINKS,
  ],
  credential: CREDENTIAL,
  program: [{ id: 'program', title: 'Program', items: ['title', 'level', 'eqfLevel', 'totalCredits', 'awardingBody', 'url'] }, LINKS],
};

export const SETTINGS_LAYOUT: readonly SectionLayout<SettingsFieldPath>[] = [
  { id: 'map', title: 'Map', items: ['title', 'institution', 'country'] },
  { id: 'credits', title: 'Credit system', items: ['creditUnit', 'hoursPerCredit'] },
  { id: 'profiles', title: 'Readiness checks', note: 'The readiness check tests every credential against the profiles ticked here.', items: ['profiles'] },
  {
    id: 'house',
    title: 'House rules',
    note: 'Your institution’s own rules, checked by the “House rules” profile.',
    items: ['house.name', 'house.maxCredits', 'house.minOutcomes', 'house.maxOutcomes', 'house.requiredFields'],
  },
];

/** The field paths a layout shows, in order. */
export function layoutPaths<P extends string>(layout: readonly SectionLayout<P>[]): P[] {
  return layout.flatMap((s) => s.items.filter((i): i is P => typeof i === 'string'));
}
