import { describe, expect, it } from 'vitest';
import { applyDocumentPatches } from '../../../shared/commands';
import type { FrameworkUpdate, McredDocument } from '../../../shared/model';
import { apply, applyOk, makeMap, makeSkill, refusalOf } from '../../helpers/builders';

const ESCO = (n: string) => `http://data.europa.eu/esco/skill/${n}`;
const skills = [
  makeSkill({ id: 'sk_sales', statement: 'analyse sales data', description: 'Old text.', source: { framework: 'ESCO', uri: ESCO('0001'), release: 'ESCO v1' } }),
  makeSkill({ id: 'sk_sheet', statement: 'use spreadsheets software', source: { framework: 'ESCO', uri: ESCO('0004'), code: 'S4', release: 'ESCO v1' } }),
  makeSkill({ id: 'sk_telex', statement: 'draw up telex messages', source: { framework: 'ESCO', uri: ESCO('0008') } }),
];
const renamed: FrameworkUpdate = { release: 'ESCO v2', found: '2026-12-07', change: 'changed', statement: 'analyse sales figures', description: 'New text.' };
const replaced: FrameworkUpdate = { release: 'ESCO v2', found: '2026-12-07', change: 'replaced', replacedBy: { statement: 'use spreadsheet software', uri: ESCO('0007') } };
const obsolete: FrameworkUpdate = { release: 'ESCO v2', found: '2026-12-07', change: 'obsolete' };

function flagged(): McredDocument {
  return apply(makeMap({ entities: skills }), 'skill.flagUpdates', {
    updates: [
      { id: 'sk_sales', update: renamed },
      { id: 'sk_sheet', update: replaced },
      { id: 'sk_telex', update: obsolete },
    ],
  });
}

describe('skill.flagUpdates', () => {
  it('stores each update on its skill in one change, stamped; its inverse takes them all back', () => {
    const doc = makeMap({ entities: skills });
    const r = applyOk(doc, 'skill.flagUpdates', { updates: [{ id: 'sk_sales', update: renamed }, { id: 'sk_telex', update: obsolete }] });
    expect(r.doc.entities.sk_sales).toMatchObject({ frameworkUpdate: renamed, statement: 'analyse sales data' });
    expect(r.doc.entities.sk_telex).toMatchObject({ frameworkUpdate: obsolete });
    expect(r.doc.meta.stamps.sk_sales?.frameworkUpdate).toBeDefined();
    expect(applyDocumentPatches(r.doc, r.inversePatches)).toEqual(doc);
  });

  it('changes nothing when the same update (found on another day) is already waiting', () => {
    const r = applyOk(flagged(), 'skill.flagUpdates', { updates: [{ id: 'sk_sales', update: { ...renamed, found: '2027-01-01' } }] });
    expect(r.patches).toEqual([]);
  });

  it('refuses a record that is not a skill, changing nothing', () => {
    expect(refusalOf(makeMap({ entities: skills }), 'skill.flagUpdates', { updates: [{ id: 'sk_sales', update: renamed }, { id: 'sk_nope', update: renamed }] })).toMatchObject({
      code: 'not-found',
      message: 'there is no skill "sk_nope" in this map',
    });
  });
});

describe('skill.acceptUpdate', () => {
  it('takes the new label and description, records the release and clears the flag; undo brings the old skill back', () => {
    const doc = flagged();
    const r = applyOk(doc, 'skill.acceptUpdate', { id: 'sk_sales' });
    expect(r.doc.entities.sk_sales).toEqual({ ...skills[0], statement: 'analyse sales figures', description: 'New text.', source: { framework: 'ESCO', uri: ESCO('0001'), release: 'ESCO v2' } });
    expect(Object.keys(r.doc.meta.stamps.sk_sales ?? {})).toEqual(expect.arrayContaining(['statement', 'description', 'source', 'frameworkUpdate']));
    expect(applyDocumentPatches(r.doc, r.inversePatches)).toEqual(doc);
  });

  it('a replaced skill follows its successor: label and URI; a code of the old concept is dropped', () => {
    const r = applyOk(flagged(), 'skill.acceptUpdate', { id: 'sk_sheet' });
    expect(r.doc.entities.sk_sheet).toEqual({ ...skills[1], statement: 'use spreadsheet software', source: { framework: 'ESCO', uri: ESCO('0007'), release: 'ESCO v2' } });
  });

  it('refuses an obsolete skill with nothing to apply, and a skill with no update, saying what to do', () => {
    expect(refusalOf(flagged(), 'skill.acceptUpdate', { id: 'sk_telex' }).message).toBe(
      'ESCO v2 marks it obsolete and names no successor, so there is nothing to apply to “draw up telex messages”: dismiss the update to keep the skill, or delete the skill',
    );
    expect(refusalOf(makeMap({ entities: skills }), 'skill.acceptUpdate', { id: 'sk_sales' }).message).toBe('the skill “analyse sales data” has no framework update waiting');
  });
});

describe('skill.dismissUpdate', () => {
  it('clears the flag, keeps the skill and records the release so the same release does not ask again; undo restores the flag', () => {
    const doc = flagged();
    const r = applyOk(doc, 'skill.dismissUpdate', { id: 'sk_telex' });
    expect(r.doc.entities.sk_telex).toEqual({ ...skills[2], source: { framework: 'ESCO', uri: ESCO('0008'), release: 'ESCO v2' } });
    expect(applyDocumentPatches(r.doc, r.inversePatches)).toEqual(doc);
  });
});
