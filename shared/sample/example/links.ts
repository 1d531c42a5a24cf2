import type { Link, LinkLevel } from '../../model';
import { ID, linkId } from './ids';

const { skill: S, outcome: O, assessment: A, activity: C, credential: M, program: P } = ID;

/**
 * skill → outcome, with how far the outcome takes the skill. Every essential skill
 * addresses at least one outcome; every outcome is addressed by at least one skill.
 */
export const ADDRESSES: readonly (readonly [skill: string, outcome: string, level: LinkLevel])[] = [
  [S.threats, O.detect, 'introduced'],
  [S.threats, O.rules, 'reinforced'],
  [S.threats, O.playbook, 'reinforced'],
  [S.logs, O.detect, 'mastered'],
  [S.logs, O.cloudLogs, 'reinforced'],
  [S.alerts, O.detect, 'introduced'],
  [S.alerts, O.triage, 'mastered'],
  [S.correlation, O.rules, 'mastered'],
  [S.scripting, O.rules, 'introduced'],
  [S.vulnId, O.vulnAssess, 'mastered'],
  [S.remediation, O.remediate, 'mastered'],
  [S.riskId, O.vulnAssess, 'reinforced'],
  [S.riskId, O.remediate, 'reinforced'],
  [S.riskId, O.cloudData, 'reinforced'],
  [S.incident, O.triage, 'introduced'],
  [S.incident, O.playbook, 'mastered'],
  [S.incident, O.cloudLogs, 'reinforced'],
  [S.firewall, O.playbook, 'introduced'],
  [S.reporting, O.playbook, 'reinforced'],
  [S.reporting, O.report, 'mastered'],
  [S.iam, O.cloudIam, 'mastered'],
  [S.iam, O.cloudLogs, 'reinforced'],
  [S.encryption, O.cloudData, 'reinforced'],
  [S.cloudData, O.cloudData, 'mastered'],
];

/** outcome → credential, in each credential's numbered order (the list order gives `order`). */
export const PART_OF: readonly (readonly [credential: string, outcomes: readonly string[]])[] = [
  [M.analyst, [O.detect, O.rules, O.triage, O.vulnAssess, O.remediate, O.playbook, O.report]],
  [M.cloud, [O.cloudIam, O.cloudData, O.cloudLogs]],
];

/** outcome → assessment: every outcome is evidenced by at least one assessment. */
export const ASSESSED_BY: readonly (readonly [outcome: string, assessment: string])[] = [
  [O.detect, A.labExam],
  [O.rules, A.labExam],
  [O.rules, A.socPortfolio],
  [O.triage, A.socPortfolio],
  [O.vulnAssess, A.vulnCase],
  [O.remediate, A.vulnCase],
  [O.playbook, A.capstone],
  [O.report, A.capstone],
  [O.cloudIam, A.cloudLab],
  [O.cloudData, A.cloudLab],
  [O.cloudLogs, A.cloudCase],
];

/** activity → outcome: every activity prepares learners for at least one outcome. */
export const DEVELOPS: readonly (readonly [activity: string, outcome: string])[] = [
  [C.secOps, O.detect],
  [C.secOps, O.triage],
  [C.siemLab, O.detect],
  [C.siemLab, O.rules],
  [C.siemLab, O.triage],
  [C.vulnStudio, O.vulnAssess],
  [C.vulnStudio, O.remediate],
  [C.incident, O.playbook],
  [C.incident, O.report],
  [C.placement, O.triage],
  [C.placement, O.report],
  [C.cloudCourse, O.cloudIam],
  [C.cloudCourse, O.cloudData],
  [C.cloudCourse, O.cloudLogs],
  [C.cloudWeekend, O.cloudLogs],
];

/** credential → program, with the credit hours the degree recognises. */
export const STACKS_INTO: readonly (readonly [credential: string, program: string, creditsRecognised: number])[] = [
  [M.analyst, P.bsCyber, 12],
  [M.cloud, P.bsCyber, 3],
];

/** credential → credential: Cloud Security Fundamentals requires the analyst certificate first. */
export const REQUIRES: readonly (readonly [credential: string, prerequisite: string])[] = [[M.cloud, M.analyst]];

/** Every link of the example as records, in the order the designer draws them. */
export function allLinks(): Link[] {
  const links: Link[] = [];
  for (const [credential, outcomes] of PART_OF) {
    outcomes.forEach((outcome, i) => links.push({ id: linkId(outcome, credential), kind: 'part-of', from: outcome, to: credential, order: i + 1 }));
  }
  for (const [from, to, level] of ADDRESSES) links.push({ id: linkId(from, to), kind: 'addresses', from, to, level });
  for (const [from, to] of ASSESSED_BY) links.push({ id: linkId(from, to), kind: 'assessed-by', from, to });
  for (const [from, to] of DEVELOPS) links.push({ id: linkId(from, to), kind: 'develops', from, to });
  for (const [from, to, creditsRecognised] of STACKS_INTO) links.push({ id: linkId(from, to), kind: 'stacks-into', from, to, creditsRecognised });
  for (const [from, to] of REQUIRES) links.push({ id: linkId(from, to), kind: 'requires', from, to });
  return links;
}
