import { describe, expect, it } from 'vitest';
import { changedIdsFromPatches } from '../../../shared/analysis';
import { createSampleDocument } from '../../../shared/sample';
import { evaluateRanking, porterStem, SuggestIndex, suggestLinks, terms, tfidfRanking } from '../../../shared/suggest';
import { applyOk, makeLink, makeMap, makeOutcome, makeSkill } from '../../helpers/builders';

function nursingMap() {
  const meds = makeSkill({ statement: 'Administer medication safely', altLabels: ['give medicines'], description: 'Checks the dosage against the prescription before giving it.' });
  const wounds = makeSkill({ statement: 'Dress wounds', description: 'Clean and dress surgical wounds with aseptic technique.' });
  const charting = makeSkill({ statement: 'Keep patient records', description: 'Charting observations in the electronic health record.' });
  const dose = makeOutcome({ statement: 'Calculate the correct dose of a drug for an adult patient.' });
  const wound = makeOutcome({ statement: 'Apply a sterile dressing to a post-operative wound.' });
  return { meds, wounds, charting, dose, wound, doc: makeMap({ entities: [meds, wounds, charting, dose, wound] }) };
}

describe('text', () => {
  it('stems the way Porter does', () => {
    expect(['caresses', 'ponies', 'relational', 'hopping', 'generalization', 'adjustment', 'analysing'].map(porterStem)).toEqual([
      'caress',
      'poni',
      'relat',
      'hop',
      'gener',
      'adjust',
      'analys',
    ]);
  });

  it('meets British and American spellings and an irregular noun at one term, and drops statement filler', () => {
    const t = (s: string) => terms(s).map((x) => x.term);
    expect(t('analyse')).toEqual(t('analyze'));
    expect(t('analysis')).toEqual(t('analyse'));
    expect(t('organisation')).toEqual(t('organization'));
    expect(t('Skill in performing log file analysis')).toEqual(['log', 'file', 'analys']);
  });

  it('keeps the meaningful half of a hyphenated word and drops "based" and "non"', () => {
    const t = (s: string) => terms(s).map((x) => x.word);
    expect(t('evidence-based practice')).toEqual(['evidence', 'practice']);
    expect(t('report non-conformance')).toEqual(['report', 'conformance']);
  });
});

describe('suggestLinks', () => {
  it('ranks the skill whose words (or synonyms) the outcome uses first, and says why', () => {
    const { doc, meds, wounds, dose, wound } = nursingMap();
    const [first] = suggestLinks(doc, { outcome: dose.id });
    expect(first).toMatchObject({ outcome: dose.id, skill: meds.id });
    expect(first!.why).toContain("'dose' ≈ 'dosage'");
    expect(suggestLinks(doc, { outcome: wound.id })[0]?.skill).toBe(wounds.id);
  });

  it('ranks outcomes for a skill too', () => {
    const { doc, wounds, wound } = nursingMap();
    expect(suggestLinks(doc, { skill: wounds.id })[0]).toMatchObject({ outcome: wound.id, skill: wounds.id });
  });

  it('never suggests a link that exists or a skill the outcome was said not to address', () => {
    const { doc, meds, wounds, dose, wound } = nursingMap();
    let d = applyOk(doc, 'link.create', { link: makeLink('addresses', meds, dose) }).doc;
    d = applyOk(d, 'entity.update', { id: wound.id, changes: { dismissedSkills: [wounds.id] } }).doc;
    const pairs = suggestLinks(d, { limit: 10 }).map((s) => `${s.skill}>${s.outcome}`);
    expect(pairs).not.toContain(`${meds.id}>${dose.id}`);
    expect(pairs).not.toContain(`${wounds.id}>${wound.id}`);
    expect(suggestLinks(d, { skill: wounds.id }).map((s) => s.outcome)).not.toContain(wound.id);
  });

  it('offers nothing for an outcome that shares no word with any skill', () => {
    const { doc } = nursingMap();
    const lone = makeOutcome({ statement: 'Juggle three oranges' });
    const d = applyOk(doc, 'entity.create', { entity: lone }).doc;
    expect(suggestLinks(d, { outcome: lone.id })).toEqual([]);
  });

  it('follows edits incrementally: the updated index answers as a fresh one does', () => {
    const { doc, dose, charting } = nursingMap();
    const index = new SuggestIndex(doc);
    expect(index.forOutcome(dose.id)[0]?.skill).not.toBe(charting.id);
    const edit = applyOk(doc, 'outcome.rewrite', { id: dose.id, statement: 'Chart a patient record of vital observations.' });
    index.update(edit.doc, changedIdsFromPatches(edit.patches));
    expect(index.forOutcome(dose.id)[0]?.skill).toBe(charting.id);
    expect(index.all()).toEqual(new SuggestIndex(edit.doc).all());
    const link = applyOk(edit.doc, 'link.create', { link: makeLink('addresses', charting, dose) });
    index.update(link.doc, changedIdsFromPatches(link.patches));
    expect(index.forOutcome(dose.id).map((s) => s.skill)).not.toContain(charting.id);
    expect(index.all()).toEqual(new SuggestIndex(link.doc).all());
  });

  it('on the example map with its skill links removed, finds most of them (the map it was tuned on)', () => {
    const doc = createSampleDocument();
    const ours = evaluateRanking(doc, (d, o, k) => suggestLinks(d, { outcome: o, limit: k }).map((s) => s.skill));
    const base = evaluateRanking(doc, tfidfRanking);
    expect(ours.outcomes).toBe(10);
    expect(ours.recall).toBeGreaterThanOrEqual(0.8);
    expect(ours.recall).toBeGreaterThanOrEqual(base.recall);
  });
});
