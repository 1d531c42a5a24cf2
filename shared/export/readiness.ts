import type { McredDocument, ProfileId } from '../model';

/** One requirement of an accreditation profile, checked for one credential. */
export interface RequirementResult {
  /** The requirement in a reviewer's words, e.g. "Notional workload stated". */
  requirement: string;
  met: boolean;
  /** How much an unmet requirement matters: `error` blocks, `warning` a reviewer will ask, `info` a note. */
  severity?: 'error' | 'warning' | 'info';
  /** What is missing or wrong, when not met. */
  gap?: string;
  /** How to fix it, when the check knows (for the designer: the review copy leaves it out). */
  fix?: string;
  /** A required element: its rule's failure is an error (a mandatory element, a hard limit). */
  required?: boolean;
  /** How many findings of each severity the requirement has (default: one of its severity when not met). */
  findings?: { error: number; warning: number; info: number };
}

/** The results of one profile for one credential. */
export interface ProfileReadiness {
  /** A profile, or one of the checks that always run (outcome quality, alignment). */
  profile: ProfileId | 'outcome-quality' | 'alignment' | 'review-cycle';
  /** The profile's name, e.g. "EU Council Recommendation 2022 (Annex I)". */
  label: string;
  /** The source the requirements come from, e.g. "Council Recommendation of 16 June 2022 (2022/C 243/02), Annex I". */
  citation?: string;
  results: RequirementResult[];
}

/**
 * Where the readiness section's results come from. The export does not check anything
 * itself: it prints what the analysis found, so the document and the app's readiness
 * panel never disagree.
 */
export type ReadinessProvider = (doc: McredDocument, credentialId: string, profiles: readonly ProfileId[], now?: Date) => ProfileReadiness[];

export const PROFILE_LABELS: Record<ProfileId, string> = {
  'eu-2022': 'EU Council Recommendation 2022 (Annex I)',
  'unesco-2022': 'UNESCO definition of micro-credentials (2022)',
  nzqa: 'New Zealand Qualifications Authority (NZQA) micro-credentials',
  'au-nmf': 'Australia, National Microcredentials Framework (2021)',
  'us-credit-hours': 'US credit-hour practice',
  house: 'Institutional rules',
};

export const CHECK_LABELS = { 'outcome-quality': 'Quality of the learning outcomes', alignment: 'Alignment and coverage', 'review-cycle': 'Review cycle' } as const;
