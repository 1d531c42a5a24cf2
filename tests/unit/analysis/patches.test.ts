import { describe, expect, it } from 'vitest';
import { changedIdsFromPatches } from '../../../shared/analysis';
import { makeLink, makeOutcome } from '../../helpers/builders';
import { applyOk } from '../../helpers/builders';
import { cleanMap } from './helpers';

describe('changedIdsFromPatches', () => {
  it('names the records of entity, link, endorsement and person paths', () => {
    expect(
      changedIdsFromPatches([
        { path: ['entities', 'lo_1', 'statement'] },
        { path: ['links', 'ln_1'] },
        { path: ['endorsements', 'en_1'] },
        { path: ['people', 'pe_1', 'role'] },
      ]),
    ).toEqual(new Set(['lo_1', 'ln_1', 'en_1', 'pe_1']));
  });

  it('ignores layout, comments, revisions, saves and change stamps', () => {
    expect(
      changedIdsFromPatches([{ path: ['layout', 'lo_1'] }, { path: ['comments', 'cm_1'] }, { path: ['revisions', 'rv_1'] }, { path: ['saves', 'sv_1'] }, { path: ['meta', 'stamps', 'lo_1'] }]),
    ).toEqual(new Set());
  });

  it('answers “map” (everything) for settings, whole collections and the whole document', () => {
    expect(changedIdsFromPatches([{ path: ['settings', 'profiles'] }])).toEqual(new Set(['map']));
    expect(changedIdsFromPatches([{ path: ['entities'] }])).toEqual(new Set(['map']));
    expect(changedIdsFromPatches([{ path: [] }])).toEqual(new Set(['map']));
  });

  it('covers what real commands change', () => {
    const m = cleanMap();
    const o = makeOutcome({ id: 'lo_new' });
    const created = applyOk(m.doc, 'entity.create', { entity: o, position: { x: 1, y: 2 } });
    expect(changedIdsFromPatches(created.patches)).toEqual(new Set(['lo_new']));
    const l = makeLink('part-of', o, m.credential, { id: 'ln_new' });
    expect(changedIdsFromPatches(applyOk(created.doc, 'link.create', { link: l }).patches)).toEqual(new Set(['ln_new']));
    const deleted = applyOk(m.doc, 'entity.delete', { ids: [m.outcomes[0].id] });
    const ids = changedIdsFromPatches(deleted.patches);
    expect(ids).toContain(m.outcomes[0].id);
    for (const l2 of [m.links.partOf[0]!, m.links.addresses[0]!, m.links.assessedBy[0]!, m.links.develops[0]!]) expect(ids).toContain(l2.id);
  });
});
