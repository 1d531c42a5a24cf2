import { describe, expect, it } from 'vitest';
import { RunContext } from '../../../shared/analysis/context';
import { MapGraph } from '../../../shared/analysis/graph';
import type { McredDocument } from '../../../shared/model';
import { makeAssessment, makeCredential, makeLink, makeMap, makeOutcome } from '../../helpers/builders';

/** The per-credential view every credential rule reads. */

function viewOf(doc: McredDocument, credentialId: string) {
  const c = doc.entities[credentialId];
  if (c?.kind !== 'credential') throw new Error('no such credential');
  return new RunContext(doc, MapGraph.build(doc), new Set()).credential(c);
}

describe('credential view', () => {
  const credential = makeCredential({ id: 'mc_view' });

  it('lists outcomes by link order, then code, then id, whatever order the links were made in', () => {
    const o = {
      second: makeOutcome({ id: 'lo_b', code: 'LO2' }),
      firstByCode: makeOutcome({ id: 'lo_z', code: 'LO1' }),
      firstById: makeOutcome({ id: 'lo_a', code: 'LO1' }),
      unnumbered: makeOutcome({ id: 'lo_c' }),
      third: makeOutcome({ id: 'lo_d' }),
    };
    const doc = makeMap({
      entities: [credential, ...Object.values(o)],
      links: [
        makeLink('part-of', o.unnumbered, credential),
        makeLink('part-of', o.third, credential, { order: 3 }),
        makeLink('part-of', o.firstByCode, credential, { order: 1 }),
        makeLink('part-of', o.second, credential, { order: 2 }),
        makeLink('part-of', o.firstById, credential, { order: 1 }),
      ],
    });
    expect(viewOf(doc, credential.id).outcomes.map((x) => x.id)).toEqual(['lo_a', 'lo_z', 'lo_b', 'lo_d', 'lo_c']);
  });

  it('keeps outcomes whose links are already in order as they are', () => {
    const outcomes = [makeOutcome({ id: 'lo_3' }), makeOutcome({ id: 'lo_1' }), makeOutcome({ id: 'lo_2' })];
    const doc = makeMap({ entities: [credential, ...outcomes], links: outcomes.map((x, i) => makeLink('part-of', x, credential, { order: i + 1 })) });
    expect(viewOf(doc, credential.id).outcomes.map((x) => x.id)).toEqual(['lo_3', 'lo_1', 'lo_2']);
  });

  it('lists each assessment once, by id, and the outcomes no assessment evidences', () => {
    const outcomes = [makeOutcome({ id: 'lo_1' }), makeOutcome({ id: 'lo_2' }), makeOutcome({ id: 'lo_3' })];
    const shared = makeAssessment({ id: 'as_z' });
    const own = makeAssessment({ id: 'as_a' });
    const doc = makeMap({
      entities: [credential, ...outcomes, shared, own],
      links: [
        ...outcomes.map((x, i) => makeLink('part-of', x, credential, { order: i + 1 })),
        makeLink('assessed-by', outcomes[0]!, shared),
        makeLink('assessed-by', outcomes[1]!, shared),
        makeLink('assessed-by', outcomes[1]!, own),
      ],
    });
    const view = viewOf(doc, credential.id);
    expect(view.assessments.map((a) => a.id)).toEqual(['as_a', 'as_z']);
    expect(view.unassessed.map((x) => x.id)).toEqual(['lo_3']);
  });
});
