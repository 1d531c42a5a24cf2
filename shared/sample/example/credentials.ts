import type { Credential, Program } from '../../model';
import { ID } from './ids';

/**
 * The two micro-credentials. Every EU Council Recommendation 2022 Annex I element is
 * filled, mandatory and optional; `participation` lists the delivery modes of each
 * credential's activities. Issued credentials do not expire (academic credit), so
 * `validityMonths` is left out on purpose.
 */

const AWARDING_BODY = 'Northfield State University, School of Computing';
const ISSUER_COUNTRY = 'United States';
const LEARNER_ID =
  'Full legal name and Northfield State University student ID, checked against government-issued photo ID at enrolment; both appear on the issued credential and in its Open Badges 3.0 record.';
const DATE_OF_ISSUE = 'Issued within 10 working days of the final grade being posted; the date of issue is printed on the credential.';
const QUALITY_ASSURANCE =
  'Approved through the University’s curriculum governance (School curriculum committee, University Curriculum Council, Faculty Senate); the University holds institutional accreditation from its US regional accrediting agency; annual review with the Cybersecurity Industry Advisory Board and program review every two years.';

/** The main credential: 12 US credit hours = 540 notional hours. */
export const ANALYST_CERTIFICATE: Credential = {
  id: ID.credential.analyst,
  kind: 'credential',
  title: 'Cybersecurity Analyst Professional Certificate',
  code: 'NSU-CYBR-PC1',
  version: '1.0',
  status: 'draft',
  description:
    'A stackable, 12-credit-hour professional certificate that prepares learners for tier-1 and tier-2 security operations centre (SOC) analyst roles: detecting, triaging and investigating security events, managing vulnerabilities and responding to incidents.',
  targetAudience:
    'Working IT professionals (help-desk, network and systems administrators) moving into security operations, and Northfield State undergraduates in computing majors who want an industry-recognised credential on the way to a degree.',
  language: 'en',

  learnerIdentification: LEARNER_ID,
  issuerCountry: ISSUER_COUNTRY,
  awardingBody: AWARDING_BODY,
  dateOfIssue: DATE_OF_ISSUE,
  workloadHours: 540,
  credits: { value: 12, unit: 'us-credit-hour' },
  eqfLevel: 6,
  cycle: 'first',
  assessmentType:
    'Online-proctored practical lab examination (25%), SOC simulation portfolio (25%), vulnerability management case study (20%) and capstone incident-response project with oral defence (30%).',
  participation: ['online', 'blended', 'work-based'],
  qualityAssurance: QUALITY_ASSURANCE,

  prerequisites:
    'CYBR 120 Networking Fundamentals or equivalent, and one year of IT work experience or study; applicants without them may show equivalent knowledge through a placement assessment (recognition of prior learning).',
  supervisionAndIdentity:
    'The practical examination is online-proctored with a photo-ID check; the capstone defence is held in person (or by live video with ID check); other work is submitted through the University’s learning platform under single sign-on.',
  gradeAchieved:
    'Letter grade (A–F) from the weighted assessments; at least C (73%) in every assessment is required to earn the credential. The grade appears on the University transcript.',
  stackability:
    'All 12 credit hours count toward the B.S. in Cybersecurity at Northfield State University (as CYBR 310, 320, 330 and 340). The certificate is the prerequisite of Cloud Security Fundamentals (3 credit hours); other institutions may accept the credit under their transfer policies.',
  furtherInformation:
    'Aligned to the NICE Framework work role Defensive Cybersecurity (PD-WRL-001) and to O*NET-SOC 15-1212.00 Information Security Analysts. Its ECTS equivalent is stated with the notional workload in the summary. Issued as an Open Badges 3.0 credential and recorded on the University transcript.',

  industryNeed:
    'The Northfield Cybersecurity Industry Advisory Board (11 regional employers, including Acme Security, Northfield Regional Health System and Great Lakes Mutual Insurance) reported 46 unfilled analyst positions in 2025; regional postings naming SOC-analyst skills rose by a third between 2023 and 2025.',
  nonDuplication:
    'No existing Northfield State credential covers security operations; the Cybersecurity minor covers principles and policy only, and its courses are not part of this certificate.',
  reviewCycleMonths: 24,
};

/** The smaller credential that builds on the analyst certificate: 3 credit hours = 135 hours. */
export const CLOUD_CREDENTIAL: Credential = {
  id: ID.credential.cloud,
  kind: 'credential',
  title: 'Cloud Security Fundamentals',
  code: 'NSU-CYBR-MC2',
  version: '1.0',
  status: 'draft',
  description:
    'A 3-credit-hour micro-credential that extends security operations skills to public cloud platforms: identity and access management, protection of cloud data, and investigation of cloud audit logs.',
  targetAudience:
    'Holders of the Cybersecurity Analyst Professional Certificate and security practitioners whose employers are moving workloads to the public cloud.',
  language: 'en',

  learnerIdentification: LEARNER_ID,
  issuerCountry: ISSUER_COUNTRY,
  awardingBody: AWARDING_BODY,
  dateOfIssue: DATE_OF_ISSUE,
  workloadHours: 135,
  credits: { value: 3, unit: 'us-credit-hour' },
  eqfLevel: 6,
  cycle: 'first',
  assessmentType: 'Online-proctored cloud security configuration lab (60%) and cloud incident investigation report (40%).',
  participation: ['online', 'onsite'],
  qualityAssurance: QUALITY_ASSURANCE,

  prerequisites: 'The Cybersecurity Analyst Professional Certificate, or CYBR 310–340 completed with at least C in each.',
  supervisionAndIdentity:
    'The configuration lab is online-proctored with an online identity check; the investigation report is submitted through the University’s learning platform under single sign-on.',
  gradeAchieved: 'Letter grade (A–F) from the weighted assessments; at least C (73%) in each assessment is required. The grade appears on the University transcript.',
  stackability:
    'Counts as CYBR 350 (3 credit hours) toward the B.S. in Cybersecurity; together with the analyst certificate it gives 15 credit hours of the degree’s cybersecurity core.',
  furtherInformation:
    'Its ECTS equivalent is stated with the notional workload in the summary. Issued as an Open Badges 3.0 credential and recorded on the University transcript.',

  industryNeed:
    'Advisory-board employers moving to the public cloud (Lakeshore Logistics, Great Lakes Mutual Insurance) asked for analysts who can secure cloud identities and investigate cloud audit logs; cloud skills appeared in 41% of regional security postings in 2025.',
  nonDuplication: 'The University’s cloud computing elective (CSCI 455) covers architecture and cost, not security; no other credential covers cloud security.',
  reviewCycleMonths: 12,
};

/** The degree both credentials stack into. */
export const BS_CYBERSECURITY: Program = {
  id: ID.program.bsCyber,
  kind: 'program',
  title: 'B.S. in Cybersecurity',
  level: 'Bachelor’s degree',
  eqfLevel: 6,
  totalCredits: { value: 120, unit: 'us-credit-hour' },
  awardingBody: 'Northfield State University',
};
