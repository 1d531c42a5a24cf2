import type { Activity, Assessment } from '../../model';
import { ID } from './ids';

/** Assessments of the analyst certificate; weightings sum to 100. */
export const ANALYST_ASSESSMENTS: readonly Assessment[] = [
  {
    id: ID.assessment.labExam,
    kind: 'assessment',
    title: 'Practical lab examination: log and traffic analysis',
    assessmentType: 'practical',
    description: 'Three-hour hands-on examination in the virtual lab: investigate a prepared dataset and tune detections, with a written log of evidence.',
    weighting: 25,
    supervision: 'online-proctored',
    identityVerification: 'photo-id',
    gradingScheme: 'percentage',
  },
  {
    id: ID.assessment.socPortfolio,
    kind: 'assessment',
    title: 'SOC simulation portfolio',
    assessmentType: 'portfolio',
    description: 'Triage records, tuned rules and shift hand-over notes from six weeks of the SOC simulation, with a reflective commentary.',
    weighting: 25,
    supervision: 'assessor-observed',
    identityVerification: 'login',
    gradingScheme: 'letter',
  },
  {
    id: ID.assessment.vulnCase,
    kind: 'assessment',
    title: 'Vulnerability management case study',
    assessmentType: 'case-study',
    description: 'Scan, validate and rate the vulnerabilities of a fictional regional hospital network, and submit a remediation plan and memo to its system owners.',
    weighting: 20,
    supervision: 'none',
    identityVerification: 'login',
    gradingScheme: 'letter',
  },
  {
    id: ID.assessment.capstone,
    kind: 'assessment',
    title: 'Capstone incident-response project and oral defence',
    assessmentType: 'project',
    description: 'Team ransomware tabletop exercise, individual playbook, incident report and executive briefing, defended before a panel with an industry advisor.',
    weighting: 30,
    supervision: 'assessor-observed',
    identityVerification: 'in-person',
    gradingScheme: 'letter',
  },
];

/** Assessments of Cloud Security Fundamentals; weightings sum to 100. */
export const CLOUD_ASSESSMENTS: readonly Assessment[] = [
  {
    id: ID.assessment.cloudLab,
    kind: 'assessment',
    title: 'Cloud security configuration lab',
    assessmentType: 'practical',
    description: 'Timed sandbox exercise: harden identities and storage of a misconfigured cloud account.',
    weighting: 60,
    supervision: 'online-proctored',
    identityVerification: 'online-id-check',
    gradingScheme: 'letter',
  },
  {
    id: ID.assessment.cloudCase,
    kind: 'assessment',
    title: 'Cloud incident investigation report',
    assessmentType: 'case-study',
    description: 'Investigate exported audit logs of a compromised account and report the timeline and the fixes.',
    weighting: 40,
    supervision: 'none',
    identityVerification: 'login',
    gradingScheme: 'letter',
  },
];

/**
 * Learning activities of the analyst certificate: 180 contact + 360 self-study hours =
 * 540 notional hours = 12 US credit hours × 45 (15 contact + 30 student-work hours each).
 */
export const ANALYST_ACTIVITIES: readonly Activity[] = [
  {
    id: ID.activity.secOps,
    kind: 'activity',
    title: 'CYBR 310 Security Operations Foundations',
    description: 'Threats, telemetry and the analyst workflow; weekly online labs on packet and log analysis.',
    deliveryMode: 'online',
    contactHours: 45,
    selfStudyHours: 90,
  },
  {
    id: ID.activity.siemLab,
    kind: 'activity',
    title: 'CYBR 320 SIEM and Detection Lab',
    description: 'Detection engineering in a shared SIEM, with three on-campus Saturday labs and the SOC simulation.',
    deliveryMode: 'blended',
    contactHours: 45,
    selfStudyHours: 90,
  },
  {
    id: ID.activity.vulnStudio,
    kind: 'activity',
    title: 'CYBR 330 Vulnerability Management Studio',
    description: 'Scanning, validation, risk rating and remediation planning on a realistic enterprise network.',
    deliveryMode: 'blended',
    contactHours: 45,
    selfStudyHours: 90,
  },
  {
    id: ID.activity.incident,
    kind: 'activity',
    title: 'CYBR 340 Incident Response and Capstone',
    description: 'Incident handling, playbooks, tabletop exercises and reporting; includes the capstone project.',
    deliveryMode: 'blended',
    contactHours: 35,
    selfStudyHours: 70,
  },
  {
    id: ID.activity.placement,
    kind: 'activity',
    title: 'SOC shadowing placement (part of CYBR 340)',
    description: 'Two supervised shifts in an employer security operations centre, with a structured observation log.',
    deliveryMode: 'work-based',
    contactHours: 10,
    selfStudyHours: 20,
  },
];

/** Learning activities of Cloud Security Fundamentals: 45 + 90 = 135 hours = 3 credit hours × 45. */
export const CLOUD_ACTIVITIES: readonly Activity[] = [
  {
    id: ID.activity.cloudCourse,
    kind: 'activity',
    title: 'CYBR 350 Cloud Security Fundamentals',
    description: 'Shared responsibility, identity, storage and logging in the major cloud platforms, with weekly sandbox labs.',
    deliveryMode: 'online',
    contactHours: 30,
    selfStudyHours: 75,
  },
  {
    id: ID.activity.cloudWeekend,
    kind: 'activity',
    title: 'Cloud incident response weekend lab',
    description: 'On-campus weekend: investigate and contain a live-fire account compromise in teams.',
    deliveryMode: 'onsite',
    contactHours: 15,
    selfStudyHours: 15,
  },
];
