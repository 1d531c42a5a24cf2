import { describe, expect, it } from 'vitest';
import { analyse, changedIdsFromPatches, reanalyse, sortFindings } from '../../../shared/analysis';
import { createSampleDocument } from '../../../shared/sample';
import { changedIdsBetween } from '../../../renderer/src/features/readiness/changedIds';
import { applyOk, makeLink, makeMap, makeOutcome, makeSkill } from '../../helpers/builders';

describe('changedIdsBetween', () => {
  it('finds nothing between a document and itself', () => {
    const doc = createSampleDocument();
    expect(changedIdsBetween(doc, doc)).toEqual(new Set());
  });

  it('names exactly the records a command touched, as its patches do', () => {
    const skill = makeSkill();
    const outcome = makeOutcome();
    const doc = makeMap({ entities: [skill, outcome] });
    const link = makeLink('addresses', skill, outcome);
    const r = applyOk(doc, 'link.create', { link });
    expect(changedIdsBetween(doc, r.doc)).toEqual(changedIdsFromPatches(r.patches));
    expect(changedIdsBetween(doc, r.doc)).toEqual(new Set([link.id]));
  });

  it('names updated and deleted records', () => {
    const skill = makeSkill();
    const outcome = makeOutcome();
    const link = makeLink('addresses', skill, outcome);
    const doc = makeMap({ entities: [skill, outcome], links: [link] });
    const updated = applyOk(doc, 'entity.update', { id: outcome.id, changes: { statement: 'Explain the water cycle' } }).doc;
    expect(changedIdsBetween(doc, updated)).toEqual(new Set([outcome.id]));
    const deleted = applyOk(doc, 'link.delete', { ids: [link.id] }).doc;
    expect(changedIdsBetween(doc, deleted)).toEqual(new Set([link.id]));
  });

  it('gives `map` when the settings change, so the re-check runs everything', () => {
    const doc = makeMap();
    const next = applyOk(doc, 'settings.update', { changes: { title: 'Renamed' } }).doc;
    expect(changedIdsBetween(doc, next)).toContain('map');
  });

  it('ignores layout-only changes', () => {
    const doc = createSampleDocument();
    const next = { ...doc, layout: { ...doc.layout, x: { x: 1, y: 2 } } };
    expect(changedIdsBetween(doc, next)).toEqual(new Set());
  });

  it('gives null (a full run) when the difference is larger than the limit', () => {
    const a = createSampleDocument();
    const b = { ...a, entities: Object.fromEntries(Object.entries(a.entities).map(([k, v]) => [k, { ...v }])) };
    expect(changedIdsBetween(a, b, 5)).toBeNull();
    expect(changedIdsBetween(a, b)?.size).toBe(Object.keys(a.entities).length);
  });

  it('a full analysis and the incremental one agree after an edit', () => {
    const doc = createSampleDocument();
    const next = applyOk(doc, 'entity.update', { id: 'mc_analyst', changes: { awardingBody: null } }).doc;
    const ids = changedIdsBetween(doc, next);
    expect(ids).toEqual(new Set(['mc_analyst']));
    const incremental = reanalyse(analyse(doc), next, ids ?? []);
    expect(sortFindings(incremental.findings)).toEqual(sortFindings(analyse(next).findings));
    expect(incremental.findings.some((f) => f.rule === 'eu-2022/awarding-body')).toBe(true);
  });
});
