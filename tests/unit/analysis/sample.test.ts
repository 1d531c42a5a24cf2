import { describe, expect, it } from 'vitest';
import { analyse, type AnalysisResult } from '../../../shared/analysis';
import type { McredDocument } from '../../../shared/model';
import { createSampleDocument } from '../../../shared/sample';
import { makeLink, makeOutcome } from '../../helpers/builders';
import { add, deleteLinks, link, raw, ruleIds, update } from './helpers';

/** The built-in example must be accreditation-ready; each deliberate break must be caught by name. */

const sample = createSampleDocument();
const checked = (doc: McredDocument): AnalysisResult => analyse(doc, { profiles: ['eu-2022', 'us-credit-hours'] });
const credentialIds = () => Object.values(sample.entities).filter((e) => e.kind === 'credential').map((e) => e.id);
const main = () => {
  const c = Object.values(sample.entities).find((e) => e.kind === 'credential' && e.title.startsWith('Cybersecurity Analyst'));
  if (!c) throw new Error('the example has no analyst certificate');
  return c.id;
};

describe('the built-in example', () => {
  it('enables the EU 2022 and US credit-hour profiles itself', () => {
    expect([...sample.settings.profiles].sort()).toEqual(['eu-2022', 'us-credit-hours']);
  });

  it('passes EU 2022 and US credit hours with no error and no warning', () => {
    const r = checked(sample);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    for (const id of credentialIds()) expect(r.byCredential[id]!.ready).toBe(true);
    expect(r.score).toBe(100);
  });

  it('passes every other profile without errors of outcome quality or alignment', () => {
    const r = analyse(sample, { profiles: ['unesco-2022', 'au-nmf'] });
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('broken copies of the example', () => {
  it('without an awarding body fails eu-2022/awarding-body', () => {
    expect(ruleIds(checked(update(sample, main(), { awardingBody: null })), 'error')).toEqual(['eu-2022/awarding-body']);
  });

  it('with an assessed-by link deleted fails alignment/outcome-unassessed', () => {
    const links = Object.values(sample.links).filter((l) => l.kind === 'assessed-by');
    const lonely = links.find((l) => links.filter((x) => x.from === l.from).length === 1)!;
    const r = checked(deleteLinks(sample, lonely.id));
    expect(ruleIds(r, 'error')).toEqual(['alignment/outcome-unassessed']);
    expect(r.findings.find((f) => f.rule === 'alignment/outcome-unassessed')!.target).toBe(lonely.from);
  });

  it('with 30 credit hours fails us-credit-hours/credit-cap (and the workload no longer matches)', () => {
    const r = checked(update(sample, main(), { credits: { value: 30, unit: 'us-credit-hour' } }));
    expect(ruleIds(r, 'error')).toEqual(['us-credit-hours/credit-cap', 'us-credit-hours/workload']);
  });

  it('with a requires cycle fails stacking/requires-cycle on both credentials', () => {
    const [req] = Object.values(sample.links).filter((l) => l.kind === 'requires');
    const doc = raw(sample, (d) => {
      d.links.ln_back = { id: 'ln_back', kind: 'requires', from: req!.to, to: req!.from };
    });
    const r = checked(doc);
    expect(ruleIds(r, 'error')).toEqual(['stacking/requires-cycle']);
    expect(r.findings.filter((f) => f.rule === 'stacking/requires-cycle').map((f) => f.target).sort()).toEqual([req!.from, req!.to].sort());
  });

  it('with an outcome “Understand firewalls” fails outcome/vague-verb and the outcome is unassessed', () => {
    const o = makeOutcome({ statement: 'Understand firewalls' });
    const r = checked(link(add(sample, o), makeLink('part-of', o, main())));
    expect(ruleIds(r, 'warning')).toContain('outcome/vague-verb');
    expect(ruleIds(r, 'error')).toEqual(['alignment/outcome-unassessed']);
    expect(r.findings.find((f) => f.rule === 'outcome/vague-verb')!.fix).toContain('Explain firewalls');
  });
});
