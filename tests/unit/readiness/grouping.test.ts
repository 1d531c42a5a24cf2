import { describe, expect, it } from 'vitest';
import { analyse, PROFILES } from '../../../shared/analysis';
import { createSampleDocument } from '../../../shared/sample';
import { buildSections, countsByTarget, countsOf, groupLabel } from '../../../renderer/src/features/readiness/grouping';
import { applyOk } from '../../helpers/builders';

const ALL = new Set(['error', 'warning', 'info'] as const);

function brokenExample() {
  return applyOk(createSampleDocument(), 'entity.update', { id: 'mc_analyst', changes: { awardingBody: null } }).doc;
}

describe('readiness grouping', () => {
  it('has one section per credential, by title, then "Map" for unattributed findings', () => {
    const result = analyse(brokenExample());
    const sections = buildSections(result, ALL);
    const titles = Object.values(result.byCredential).map((c) => c.title).sort((a, b) => a.localeCompare(b));
    expect(sections.slice(0, titles.length).map((s) => s.title)).toEqual(titles);
    const hasUnattributed = result.findings.some((f) => f.credentials.length === 0);
    expect(sections.some((s) => s.credential === null)).toBe(hasUnattributed);
  });

  it('groups a credential’s findings by profile, with the profile’s name and citation', () => {
    const sections = buildSections(analyse(brokenExample()), ALL);
    const analyst = sections.find((s) => s.credential === 'mc_analyst');
    const eu = analyst?.groups.find((g) => g.group === 'eu-2022');
    expect(eu?.name).toBe(PROFILES['eu-2022'].name);
    expect(eu?.citation).toBe(PROFILES['eu-2022'].citation);
    expect(eu?.findings[0]?.rule).toBe('eu-2022/awarding-body');
    expect(analyst?.ready).toBe(false);
    expect(analyst?.counts.error).toBe(1);
  });

  it('filters listed findings by severity but keeps the counts', () => {
    const result = analyse(brokenExample());
    const onlyErrors = buildSections(result, new Set(['error'] as const));
    const listed = onlyErrors.flatMap((s) => s.groups.flatMap((g) => g.findings));
    expect(listed.every((f) => f.severity === 'error')).toBe(true);
    expect(onlyErrors.find((s) => s.credential === 'mc_analyst')?.counts).toEqual(result.byCredential.mc_analyst?.counts);
  });

  it('names the always-on groups', () => {
    expect(groupLabel('outcome-quality').name).toBe('Outcome quality');
    expect(groupLabel('alignment').name).toBe('Alignment and coverage');
  });

  it('counts findings per target for node badges', () => {
    const result = analyse(brokenExample());
    const byTarget = countsByTarget(result.findings);
    expect(byTarget.get('mc_analyst')?.error).toBe(1);
    const total = [...byTarget.values()].reduce((n, c) => n + c.error + c.warning + c.info, 0);
    expect(total).toBe(result.findings.length);
    expect(countsOf(result.findings)).toEqual(result.counts);
  });
});
