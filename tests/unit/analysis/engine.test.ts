import { describe, expect, it } from 'vitest';
import { analyse, readinessScore, reanalyse, sortFindings, findingsOf as findingsOfCredential } from '../../../shared/analysis';
import { makeCredential, makeLink, makeMap, makeOutcome, makeSkill } from '../../helpers/builders';
import { add, check, cleanMap, deleteLinks, link, settings, update } from './helpers';

describe('analyse', () => {
  it('uses the map’s own profiles when none are given', () => {
    const { doc, credential } = cleanMap({ settings: { profiles: ['nzqa'] } });
    const broken = update(doc, credential.id, { nonDuplication: null, awardingBody: null });
    const r = analyse(broken);
    expect(r.profiles).toEqual(['nzqa']);
    expect(r.findings.map((f) => f.rule)).toEqual(['nzqa/non-duplication']);
    expect(Object.keys(r.byGroup).sort()).toEqual(['alignment', 'nzqa', 'outcome-quality', 'review-cycle']);
  });

  it('checks the profiles it is given instead', () => {
    const { doc, credential } = cleanMap({ settings: { profiles: ['nzqa'] } });
    const r = analyse(update(doc, credential.id, { awardingBody: null }), { profiles: ['eu-2022', 'unesco-2022'] });
    expect(r.findings.map((f) => f.rule).sort()).toEqual(['eu-2022/awarding-body', 'unesco-2022/trusted-provider']);
  });

  it('always runs outcome quality and alignment, even with no profile', () => {
    const { doc, outcomes } = cleanMap({ settings: { profiles: [] } });
    const r = analyse(update(doc, outcomes[0].id, { statement: 'Understand firewalls' }));
    expect(r.findings.map((f) => f.group)).toContain('outcome-quality');
    expect(r.profiles).toEqual([]);
  });

  it('counts findings per credential, per group and in total, and scores readiness', () => {
    const m = cleanMap();
    const other = makeCredential({ id: 'mc_second', title: 'Second' });
    let doc = add(m.doc, other, makeSkill({ id: 'sk_lonely', importance: 'essential' }));
    doc = update(doc, m.credential.id, { awardingBody: null });
    const r = check(doc);
    const mine = r.byCredential[m.credential.id]!;
    expect(mine.counts).toEqual({ error: 2, warning: 0, info: 0 });
    expect(mine.score).toBe(80);
    expect(mine.ready).toBe(false);
    expect(r.byCredential.mc_second!.title).toBe('Second');
    expect(r.unattributed).toEqual({ error: 1, warning: 0, info: 0 });
    for (const [group, counts] of Object.entries(r.byGroup)) {
      expect(counts!.error, group).toBe(r.findings.filter((f) => f.group === group && f.severity === 'error').length);
    }
    expect(r.byCredential.mc_second!.counts.error).toBe(r.findings.filter((f) => f.credentials.includes('mc_second') && f.severity === 'error').length);
    expect(r.counts.error).toBe(r.findings.filter((f) => f.severity === 'error').length);
    const scores = [mine.score, r.byCredential.mc_second!.score, readinessScore(r.unattributed)];
    expect(r.score).toBe(Math.round(scores.reduce((a, b) => a + b) / scores.length));
  });

  it('attributes a finding to the credentials of the record it was found on', () => {
    const m = cleanMap();
    const second = makeCredential({ id: 'mc_b' });
    let doc = link(add(m.doc, second), makeLink('part-of', m.outcomes[0], second));
    doc = deleteLinks(doc, m.links.addresses[0]!.id);
    const [f] = check(doc).findings.filter((x) => x.rule === 'alignment/outcome-unaligned');
    expect(f!.credentials).toEqual([m.credential.id, 'mc_b'].sort());
    expect(findingsOfCredential(check(doc), 'mc_b').map((x) => x.rule)).toContain('alignment/outcome-unaligned');
  });

  it('scores a clean map 100, and gives an empty map no score rather than 100', () => {
    expect(check(cleanMap().doc).score).toBe(100);
    expect(check(settings(cleanMap().doc, { profiles: [] })).counts).toEqual({ error: 0, warning: 0, info: 0 });
    expect(analyse(makeMap()).score).toBeNull();
  });

  it('gives readiness 100 − 10 per error − 2 per warning, never below 0', () => {
    expect(readinessScore({ error: 0, warning: 0, info: 7 })).toBe(100);
    expect(readinessScore({ error: 2, warning: 3, info: 0 })).toBe(74);
    expect(readinessScore({ error: 12, warning: 0, info: 0 })).toBe(0);
  });
});

describe('reanalyse', () => {
  it('gives the same result as a full run after an edit', () => {
    const m = cleanMap();
    const before = check(m.doc);
    const doc = update(m.doc, m.outcomes[1].id, { statement: 'Understand data quality' });
    const after = reanalyse(before, doc, [m.outcomes[1].id]);
    expect(sortFindings(after.findings)).toEqual(sortFindings(check(doc).findings));
    expect(after.byCredential).toEqual(check(doc).byCredential);
  });

  it('summarises a credential afresh when its title or counts change, and keeps the summary of the others', () => {
    const m = cleanMap();
    const other = makeCredential({ id: 'mc_second', title: 'Second' });
    const doc = add(m.doc, other);
    const before = check(doc);
    const renamed = update(doc, m.credential.id, { title: 'Data Wrangling Essentials' });
    const after = reanalyse(before, renamed, [m.credential.id]);
    expect(after.byCredential[m.credential.id]!.title).toBe('Data Wrangling Essentials');
    expect(after.byCredential).toEqual(check(renamed).byCredential);
    expect(after.byCredential.mc_second).toBe(before.byCredential.mc_second);
    const broken = update(renamed, m.outcomes[0].id, { statement: 'Understand firewalls' });
    const later = reanalyse(after, broken, [m.outcomes[0].id]);
    expect(later.byCredential).toEqual(check(broken).byCredential);
  });

  it('moves a link’s finding to no credential when its outcome leaves the credential', () => {
    const m = cleanMap();
    const low = update(m.doc, m.outcomes[0].id, { statement: 'Describe common data types' });
    const before = check(low);
    expect(before.findings.find((f) => f.rule === 'alignment/mastery-at-low-level')!.credentials).toEqual([m.credential.id]);
    const doc = deleteLinks(low, m.links.partOf[0]!.id);
    const after = reanalyse(before, doc, [m.links.partOf[0]!.id]);
    expect(after.findings.find((f) => f.rule === 'alignment/mastery-at-low-level')!.credentials).toEqual([]);
    expect(sortFindings(after.findings)).toEqual(sortFindings(check(doc).findings));
  });

  it('still gives the right answer when handed a result it already moved on from', () => {
    const m = cleanMap();
    const first = check(m.doc);
    const a = update(m.doc, m.outcomes[0].id, { statement: 'Understand firewalls' });
    reanalyse(first, a, [m.outcomes[0].id]);
    const b = update(m.doc, m.credential.id, { awardingBody: null });
    const again = reanalyse(first, b, [m.credential.id]);
    expect(sortFindings(again.findings)).toEqual(sortFindings(check(b).findings));
  });

  it('runs everything again when the settings change', () => {
    const m = cleanMap();
    const before = check(m.doc);
    const doc = settings(update(m.doc, m.credential.id, { title: 'National Data Wrangling' }), { profiles: ['eu-2022'] });
    const after = reanalyse(before, doc, [m.credential.id]);
    expect(after.findings.some((f) => f.rule === 'nzqa/title-words')).toBe(true);
    const fresh = reanalyse(before, doc, ['map']);
    expect(sortFindings(fresh.findings)).toEqual(sortFindings(check(doc).findings));
  });

  it('leaves the previous result as it was', () => {
    const m = cleanMap();
    const before = check(m.doc);
    const snapshot = structuredClone(before);
    const o = makeOutcome({ statement: 'Understand everything' });
    reanalyse(before, link(add(m.doc, o), makeLink('part-of', o, m.credential)), [o.id]);
    expect(before).toEqual(snapshot);
  });
});
