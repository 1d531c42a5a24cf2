/**
 * Fixed ids of every record in the built-in example map. Ids are readable on purpose (a
 * real map uses random ones): the example must serialise to the same bytes on every call,
 * and a person reading the file or a test can tell what each id names.
 */
export const ID = {
  map: 'map_nsucyber',
  person: {
    designer: 'pe_mchen',
    advisor: 'pe_alopez',
  },
  skill: {
    threats: 'sk_threats',
    logs: 'sk_logs',
    alerts: 'sk_alerts',
    correlation: 'sk_correlation',
    scripting: 'sk_scripting',
    vulnId: 'sk_vulnid',
    remediation: 'sk_remediation',
    riskId: 'sk_riskid',
    incident: 'sk_incident',
    firewall: 'sk_firewall',
    reporting: 'sk_reporting',
    iam: 'sk_iam',
    encryption: 'sk_encryption',
    cloudData: 'sk_clouddata',
  },
  outcome: {
    detect: 'lo_analyst1',
    rules: 'lo_analyst2',
    triage: 'lo_analyst3',
    vulnAssess: 'lo_analyst4',
    remediate: 'lo_analyst5',
    playbook: 'lo_analyst6',
    report: 'lo_analyst7',
    cloudIam: 'lo_cloud1',
    cloudData: 'lo_cloud2',
    cloudLogs: 'lo_cloud3',
  },
  assessment: {
    labExam: 'as_labexam',
    socPortfolio: 'as_socportfolio',
    vulnCase: 'as_vulncase',
    capstone: 'as_capstone',
    cloudLab: 'as_cloudlab',
    cloudCase: 'as_cloudcase',
  },
  activity: {
    secOps: 'ac_secops',
    siemLab: 'ac_siemlab',
    vulnStudio: 'ac_vulnstudio',
    incident: 'ac_incident',
    placement: 'ac_placement',
    cloudCourse: 'ac_cloudcourse',
    cloudWeekend: 'ac_cloudweekend',
  },
  credential: {
    analyst: 'mc_analyst',
    cloud: 'mc_cloud',
  },
  program: {
    bsCyber: 'pg_bscyber',
  },
  endorsement: {
    alerts: 'en_alerts',
    vulnId: 'en_vulnid',
    incident: 'en_incident',
    analyst: 'en_analyst',
  },
  comment: {
    remediateRoot: 'cm_remediate1',
    remediateReply: 'cm_remediate2',
    triageRoot: 'cm_triage1',
    triageReply: 'cm_triage2',
  },
  revision: {
    facultyReview: 'rv_facultyreview',
  },
} as const;

/**
 * The id of the link between two entities. Each pair of entity kinds has at most one link
 * kind, so the two ends name the link: `ln_sk_logs-lo_analyst1` is the skill "logs"
 * addressing outcome 1 of the analyst certificate.
 */
export function linkId(from: string, to: string): string {
  return `ln_${from}-${to}`;
}
