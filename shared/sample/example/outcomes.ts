import type { Outcome } from '../../model';
import { ID } from './ids';

/**
 * Learning outcomes ("On completion the learner will be able to …"). Each starts with one
 * Bloom verb from the product's lists, mostly at the apply–create levels, and carries its
 * performance criteria and conditions. No other verb of those lists appears in a statement,
 * so the verb check finds exactly one main verb.
 */

/** The analyst certificate's outcomes, in their numbered order (LO1–LO7). */
export const ANALYST_OUTCOMES: readonly Outcome[] = [
  {
    id: ID.outcome.detect,
    kind: 'outcome',
    code: 'LO1',
    // analyse
    statement: 'Analyse packet captures and host logs to identify indicators of compromise in a simulated security operations centre.',
    criteria:
      'Given a 24-hour lab dataset (packet capture, Windows and Linux logs), the learner finds at least 8 of the 10 planted indicators of compromise, maps each to a MITRE ATT&CK technique and records the evidence (time, source, field) for each.',
  },
  {
    id: ID.outcome.rules,
    kind: 'outcome',
    code: 'LO2',
    // apply
    statement: 'Configure security information and event management (SIEM) correlation rules that detect common attack techniques mapped to MITRE ATT&CK.',
    criteria:
      'The learner writes or tunes five correlation rules in the lab SIEM; each rule fires on the replayed attack and stays below the agreed false-positive threshold on one week of benign traffic.',
  },
  {
    id: ID.outcome.triage,
    kind: 'outcome',
    code: 'LO3',
    // analyse
    statement: 'Prioritise security alerts by severity, asset criticality and threat context for escalation or closure.',
    criteria:
      'Working a queue of 40 mixed alerts in the SOC simulation, the learner assigns a priority and a disposition to each with a one-line rationale; at least 90% of dispositions agree with the assessor key and no critical alert is closed.',
  },
  {
    id: ID.outcome.vulnAssess,
    kind: 'outcome',
    code: 'LO4',
    // "assess" sits at analyse and evaluate; the designer confirms evaluate.
    statement: 'Assess enterprise systems for vulnerabilities through authenticated scanning and CVSS-based risk scoring.',
    bloomOverride: 'evaluate',
    criteria:
      'For the 30-host case-study network, the learner runs authenticated scans, removes false positives and rates each confirmed finding with CVSS v4.0 and exploit evidence (CISA Known Exploited Vulnerabilities); ratings fall within one severity band of the assessor’s.',
  },
  {
    id: ID.outcome.remediate,
    kind: 'outcome',
    code: 'LO5',
    // evaluate — reworded after the faculty-review snapshot (see REVISED_REMEDIATE_STATEMENT)
    statement: 'Justify vulnerability remediation plans to system owners in terms of risk reduction, cost and operational impact.',
    criteria:
      'The plan covers every critical and high finding, gives an owner and a deadline for each, and argues each recommendation in a one-page memo that a system owner without security training can follow.',
  },
  {
    id: ID.outcome.playbook,
    kind: 'outcome',
    code: 'LO6',
    // create
    statement: 'Formulate an incident response playbook for a ransomware scenario covering containment, eradication, recovery and post-incident review.',
    criteria:
      'The playbook follows the NIST SP 800-61 phases, names roles and decision points, and is run by the learner’s team in a tabletop exercise without critical omissions, as rated by the assessor and an industry panel member.',
  },
  {
    id: ID.outcome.report,
    kind: 'outcome',
    code: 'LO7',
    // create
    statement: 'Compose an incident report and an executive briefing that communicate technical findings, business impact and recommended actions.',
    criteria:
      'The written report meets the program’s reporting rubric (accuracy, evidence, timeline, recommendations); the 10-minute briefing to a panel that includes an industry advisor answers their questions on impact and next steps.',
  },
];

/**
 * LO5 after the advisor's comment: remediation plans must cover compensating controls for
 * systems that cannot be patched (operational technology, medical devices). Applied after
 * the "Sent to faculty review" revision, so a tracked-changes export shows it.
 */
export const REVISED_REMEDIATE_STATEMENT =
  'Justify vulnerability remediation plans, including compensating controls where patching is not possible, to system owners in terms of risk reduction, cost and operational impact.';

/** Cloud Security Fundamentals outcomes (CLO1–CLO3). */
export const CLOUD_OUTCOMES: readonly Outcome[] = [
  {
    id: ID.outcome.cloudIam,
    kind: 'outcome',
    code: 'CLO1',
    // apply
    statement: 'Configure identity and access management policies that enforce least privilege across a multi-account cloud environment.',
    criteria:
      'In the provided cloud sandbox, the learner replaces over-broad permissions for five workloads with scoped roles; the provider’s policy analyser then reports no unintended public or cross-account access.',
  },
  {
    id: ID.outcome.cloudData,
    kind: 'outcome',
    code: 'CLO2',
    // evaluate
    statement: 'Appraise cloud storage configurations against encryption, key-management and data-retention requirements.',
    criteria:
      'For an estate of 12 storage buckets and containers, the learner finds every planted misconfiguration (public access, missing encryption, wrong retention) and rates each against the organisation’s data-classification policy.',
  },
  {
    id: ID.outcome.cloudLogs,
    kind: 'outcome',
    code: 'CLO3',
    // analyse
    statement: 'Analyse cloud audit logs to reconstruct the sequence of a simulated account-compromise incident.',
    criteria:
      'From exported cloud audit logs, the learner produces a timeline of the attacker’s actions from initial access to data exfiltration, naming the compromised identity and the first malicious API call.',
  },
];
