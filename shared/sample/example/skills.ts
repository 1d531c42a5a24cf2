import type { Skill } from '../../model';
import { ID } from './ids';

/**
 * Industry skill requirements. Every framework code and URI below was checked against a
 * copy of the framework's own data before it was written here:
 * - NICE: the NICE Framework components (work roles and Task/Knowledge/Skill statements,
 *   2024 structure; Defensive Cybersecurity is work role PD-WRL-001);
 * - ESCO: the ESCO v1.2.0 skills pillar (digital skills collection);
 * - O*NET: the task list of O*NET-SOC 15-1212.00 Information Security Analysts.
 * Statements quote the framework's wording; descriptions say what it means here.
 * Employers and posting counts are fictional, like the university.
 */

const POSTINGS_NOTE = 'Postings naming the skill in the Northfield metro area, January–December 2025 (NSU Career Services labour-market extract).';

const SOC = 'Security operations';
const TVM = 'Threat and vulnerability management';
const IR = 'Incident response';
const PRACTICE = 'Professional practice';
const CLOUD = 'Cloud security';

/** Requirements behind the Cybersecurity Analyst Professional Certificate. */
export const ANALYST_SKILLS: readonly Skill[] = [
  {
    id: ID.skill.threats,
    kind: 'skill',
    statement: 'Knowledge of cybersecurity threats',
    description: 'Threat actors, their motives and common attack techniques (MITRE ATT&CK tactics and techniques), enough to recognise them in alerts and logs.',
    skillType: 'knowledge',
    importance: 'essential',
    proficiency: 'intermediate',
    source: { framework: 'NICE', code: 'K0682' },
    demand: {
      employers: ['Acme Security', 'Northfield Regional Health System', 'Great Lakes Mutual Insurance'],
      jobPostings: 212,
      notes: POSTINGS_NOTE,
    },
    group: TVM,
  },
  {
    id: ID.skill.logs,
    kind: 'skill',
    statement: 'Skill in performing log file analysis',
    description: 'Reading Windows event logs, Linux syslog, firewall, proxy and DNS logs to reconstruct what happened on a host or network.',
    skillType: 'skill',
    importance: 'essential',
    proficiency: 'advanced',
    source: { framework: 'NICE', code: 'S0866' },
    demand: {
      employers: ['Acme Security', 'Northfield Regional Health System', 'Tri-County Electric Cooperative', 'City of Northfield IT Department'],
      jobPostings: 187,
      notes: `${POSTINGS_NOTE} The advisory board ranked it the most important tier-1 analyst skill.`,
    },
    group: SOC,
  },
  {
    id: ID.skill.alerts,
    kind: 'skill',
    statement: 'Validate network alerts',
    description: 'Deciding whether an IDS, EDR or SIEM alert is a true or false positive, with evidence, before escalating or closing it.',
    skillType: 'skill',
    importance: 'essential',
    proficiency: 'intermediate',
    source: { framework: 'NICE', code: 'T1112' },
    demand: {
      employers: ['Acme Security', 'Great Lakes Mutual Insurance', 'Lakeshore Logistics'],
      jobPostings: 143,
      notes: `${POSTINGS_NOTE} Acme Security measures new analysts on triage time and false-positive rate.`,
    },
    group: SOC,
  },
  {
    id: ID.skill.correlation,
    kind: 'skill',
    statement: 'Skill in performing event correlation',
    description: 'Writing and tuning SIEM correlation searches that join events from several tools into one detection.',
    skillType: 'skill',
    importance: 'essential',
    proficiency: 'intermediate',
    source: { framework: 'NICE', code: 'S0859' },
    demand: {
      employers: ['Acme Security', 'Northfield Regional Health System'],
      jobPostings: 96,
      notes: `${POSTINGS_NOTE} Most postings name a SIEM product (Splunk, Microsoft Sentinel or Elastic).`,
    },
    group: SOC,
  },
  {
    id: ID.skill.scripting,
    kind: 'skill',
    statement: 'Skill in writing scripts',
    description: 'Short Python or PowerShell scripts that automate log parsing and enrichment of alerts.',
    skillType: 'skill',
    importance: 'optional',
    proficiency: 'foundational',
    source: { framework: 'NICE', code: 'S0650' },
    demand: {
      employers: ['Acme Security', 'Lakeshore Logistics'],
      jobPostings: 118,
      notes: `${POSTINGS_NOTE} Listed as "preferred" rather than "required" in most entry-level postings.`,
    },
    group: SOC,
  },
  {
    id: ID.skill.vulnId,
    kind: 'skill',
    statement: 'Identify vulnerabilities',
    description: 'Running authenticated vulnerability scans, validating findings and rating them with CVSS and exploit intelligence such as the CISA Known Exploited Vulnerabilities catalog.',
    skillType: 'skill',
    importance: 'essential',
    proficiency: 'intermediate',
    source: { framework: 'NICE', code: 'T1118' },
    demand: {
      employers: ['Tri-County Electric Cooperative', 'Great Lakes Mutual Insurance', 'City of Northfield IT Department'],
      jobPostings: 164,
      notes: POSTINGS_NOTE,
    },
    group: TVM,
  },
  {
    id: ID.skill.remediation,
    kind: 'skill',
    statement: 'Recommend vulnerability remediation strategies',
    description: 'Choosing between patching, configuration change, compensating controls and risk acceptance, and making the case to system owners.',
    skillType: 'competence',
    importance: 'essential',
    proficiency: 'intermediate',
    source: { framework: 'NICE', code: 'T1119' },
    demand: {
      employers: ['Tri-County Electric Cooperative', 'Northfield Regional Health System'],
      jobPostings: 77,
      notes: `${POSTINGS_NOTE} Employers with operational technology or medical devices stressed compensating controls where patching is not possible.`,
    },
    group: TVM,
  },
  {
    id: ID.skill.riskId,
    kind: 'skill',
    statement: 'identify ICT security risks',
    description: 'ESCO: apply methods and techniques to identify potential security threats, breaches and risk factors, analysing risks, vulnerabilities and threats and evaluating contingency plans.',
    skillType: 'competence',
    importance: 'essential',
    proficiency: 'intermediate',
    source: { framework: 'ESCO', uri: 'http://data.europa.eu/esco/skill/fe1c2b32-7fe9-4668-affa-07ff658a68cf' },
    demand: {
      employers: ['Great Lakes Mutual Insurance', 'Northfield Regional Health System', 'Acme Security'],
      jobPostings: 131,
      notes: POSTINGS_NOTE,
    },
    group: TVM,
  },
  {
    id: ID.skill.incident,
    kind: 'skill',
    statement: 'Skill in handling incidents',
    description: 'Containing, eradicating and recovering from an incident by following and adapting an incident response plan (NIST SP 800-61 phases).',
    skillType: 'skill',
    importance: 'essential',
    proficiency: 'intermediate',
    source: { framework: 'NICE', code: 'S0593' },
    demand: {
      employers: ['Acme Security', 'Northfield Regional Health System', 'Lakeshore Logistics'],
      jobPostings: 122,
      notes: `${POSTINGS_NOTE} Ransomware readiness was the top concern of the advisory board in 2025.`,
    },
    group: IR,
  },
  {
    id: ID.skill.firewall,
    kind: 'skill',
    statement: 'define firewall rules',
    description: 'ESCO: specify rules that limit access between networks or between a network and the internet; here, as a containment step during an incident.',
    skillType: 'skill',
    importance: 'optional',
    proficiency: 'foundational',
    source: { framework: 'ESCO', uri: 'http://data.europa.eu/esco/skill/054f26ab-cfdc-4077-883c-1c4c9e9b310a' },
    demand: {
      employers: ['Tri-County Electric Cooperative', 'City of Northfield IT Department'],
      jobPostings: 58,
      notes: POSTINGS_NOTE,
    },
    group: IR,
  },
  {
    id: ID.skill.reporting,
    kind: 'skill',
    statement: 'Document computer security and emergency measures policies, procedures, and tests.',
    description: 'O*NET task of Information Security Analysts (15-1212.00). Here: incident reports, playbooks and executive briefings that non-specialists can act on.',
    skillType: 'competence',
    importance: 'essential',
    proficiency: 'intermediate',
    source: { framework: 'O*NET', code: '15-1212.00' },
    demand: {
      employers: ['Great Lakes Mutual Insurance', 'Northfield Regional Health System', 'Acme Security', 'Lakeshore Logistics'],
      jobPostings: 176,
      notes: `${POSTINGS_NOTE} Written communication appears in four of five analyst postings.`,
    },
    group: PRACTICE,
  },
];

/** Requirements behind Cloud Security Fundamentals (which also builds on log analysis). */
export const CLOUD_SKILLS: readonly Skill[] = [
  {
    id: ID.skill.iam,
    kind: 'skill',
    statement: 'Knowledge of identity and access management (IAM) principles and practices',
    description: 'Least privilege, role-based access, federation and multi-factor authentication as cloud providers implement them.',
    skillType: 'knowledge',
    importance: 'essential',
    proficiency: 'intermediate',
    source: { framework: 'NICE', code: 'K0742' },
    demand: {
      employers: ['Lakeshore Logistics', 'Great Lakes Mutual Insurance', 'Acme Security'],
      jobPostings: 139,
      notes: POSTINGS_NOTE,
    },
    group: CLOUD,
  },
  {
    id: ID.skill.encryption,
    kind: 'skill',
    statement: 'ICT encryption',
    description: 'ESCO: converting data into a form readable only by authorised parties, with key-based techniques such as PKI and TLS; here, with cloud key-management services.',
    skillType: 'knowledge',
    importance: 'essential',
    proficiency: 'intermediate',
    source: { framework: 'ESCO', uri: 'http://data.europa.eu/esco/skill/d32db06e-bd06-4415-a7ab-1b0ee68caa9a' },
    demand: {
      employers: ['Northfield Regional Health System', 'Great Lakes Mutual Insurance'],
      jobPostings: 84,
      notes: `${POSTINGS_NOTE} Health and insurance employers tie it to HIPAA and state data-protection rules.`,
    },
    group: CLOUD,
  },
  {
    id: ID.skill.cloudData,
    kind: 'skill',
    statement: 'manage cloud data and storage',
    description: 'ESCO: create and manage cloud data retention; identify and implement data protection, encryption and capacity planning needs.',
    skillType: 'skill',
    importance: 'essential',
    proficiency: 'intermediate',
    source: { framework: 'ESCO', uri: 'http://data.europa.eu/esco/skill/d3286405-49f8-4e8a-8046-a4376b4e7963' },
    demand: {
      employers: ['Lakeshore Logistics', 'Acme Security'],
      jobPostings: 67,
      notes: POSTINGS_NOTE,
    },
    group: CLOUD,
  },
];
