import type { AssessmentType, DeliveryMode, GradingScheme, IdentityVerification, Supervision } from '../model';

/** How the controlled vocabularies read, in an exported document and in the inspector's choices. */
export const SUPERVISION: Record<Supervision, string> = {
  none: 'None',
  'online-proctored': 'Online proctored',
  'onsite-proctored': 'On-site proctored',
  'workplace-supervisor': 'Workplace supervisor',
  'assessor-observed': 'Observed by an assessor',
};

export const IDENTITY: Record<IdentityVerification, string> = {
  none: 'None',
  login: 'Platform login',
  'photo-id': 'Photo ID',
  'online-id-check': 'Online ID check',
  'in-person': 'In person',
};

export const GRADING: Record<GradingScheme, string> = {
  'pass-fail': 'Pass / fail',
  'competent-not-yet': 'Competent / not yet competent',
  letter: 'Letter grade',
  percentage: 'Percentage',
  'distinction-merit-pass': 'Distinction / merit / pass',
};

export const ASSESSMENT_TYPE: Record<AssessmentType, string> = {
  exam: 'Exam',
  quiz: 'Quiz',
  project: 'Project',
  portfolio: 'Portfolio',
  practical: 'Practical',
  presentation: 'Presentation',
  'case-study': 'Case study',
  simulation: 'Simulation',
  observation: 'Observation',
  other: 'Other',
};

export const DELIVERY: Record<DeliveryMode, string> = {
  online: 'Online',
  onsite: 'On-site',
  blended: 'Blended',
  'work-based': 'Work-based',
  'self-paced': 'Self-paced',
};
