import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../../shared/model';
import { contentAt, contentChanges, changedEntityIds, credentialChanges, proposalView } from '../../../shared/review';
import { AUTHOR, apply, makeCredential, makeLink, makeMap, makeOutcome, makePerson, makeSkill } from '../../helpers/builders';

function setup() {
  const credential = makeCredential({ title: 'Data Wrangling' });
  const outcome = makeOutcome({ statement: 'Prepare a raw dataset' });
  const skill = makeSkill({ statement: 'Clean data' });
  const other = makeSkill({ statement: 'Negotiate' });
  let doc = makeMap({ entities: [credential, outcome, skill, other], links: [makeLink('part-of', outcome, credential), makeLink('addresses', skill, outcome)] });
  doc = apply(doc, 'revision.create', { id: 'rv_1', name: 'Sent to faculty review', at: '2026-03-01T09:00:00Z', author: AUTHOR.id });
  return { doc, credential, outcome, skill, other };
}

describe('contentChanges', () => {
  it('lists changed fields with before and after, and added and removed records', () => {
    const { doc, outcome, skill } = setup();
    let now = apply(doc, 'entity.update', { id: outcome.id, changes: { statement: 'Prepare two raw datasets' } });
    now = apply(now, 'entity.create', { entity: makeOutcome({ id: 'lo_new', statement: 'Design a pipeline' }) });
    now = apply(now, 'entity.delete', { ids: [skill.id] });
    const changes = contentChanges(contentAt(now, 'rv_1')!, contentAt(now, 'now')!);
    expect(changes).toContainEqual({ record: outcome.id, kind: 'outcome', label: 'Prepare two raw datasets', op: 'changed', field: 'statement', before: 'Prepare a raw dataset', after: 'Prepare two raw datasets' });
    expect(changes).toContainEqual({ record: 'lo_new', kind: 'outcome', label: 'Design a pipeline', op: 'added' });
    expect(changes).toContainEqual({ record: skill.id, kind: 'skill', label: 'Clean data', op: 'removed' });
    expect(changes.some((c) => c.kind === 'link' && c.op === 'removed' && c.label === '“Clean data” is addressed by “Prepare two raw datasets”')).toBe(true);
    expect(changedEntityIds(changes, contentAt(now, 'rv_1')!, contentAt(now, 'now')!)).toEqual(new Set([outcome.id, 'lo_new', skill.id]));
  });

  it('lists outcomes by code, numbers in order (LO3, LO6, LO10), whatever their statements', () => {
    const lo3 = makeOutcome({ code: 'LO3', statement: 'Prioritise alerts' });
    const lo6 = makeOutcome({ code: 'LO6', statement: 'Assess risks' });
    const lo10 = makeOutcome({ code: 'LO10', statement: 'Analyse logs' });
    const skill = makeSkill({ statement: 'Bash scripting' });
    let doc = makeMap({ entities: [lo3, lo6, lo10, skill] });
    doc = apply(doc, 'revision.create', { id: 'rv_1', name: 'Approved', at: '2026-03-01T09:00:00Z', author: AUTHOR.id });
    for (const o of [lo10, lo6, lo3]) doc = apply(doc, 'entity.update', { id: o.id, changes: { criteria: 'Changed.' } });
    doc = apply(doc, 'entity.update', { id: skill.id, changes: { statement: 'Awk scripting' } });
    const order = contentChanges(contentAt(doc, 'rv_1')!, contentAt(doc, 'now')!).map((c) => c.label);
    expect(order).toEqual(['Awk scripting', 'Prioritise alerts', 'Assess risks', 'Analyse logs']);
  });

  it('says nothing when nothing changed, and a revision compared with itself is unchanged', () => {
    const { doc } = setup();
    expect(contentChanges(contentAt(doc, 'rv_1')!, contentAt(doc, 'now')!)).toEqual([]);
    expect(contentAt(doc, 'rv_missing')).toBeUndefined();
  });

  it('for one credential: only what its specification shows, without its status', () => {
    const { doc, credential, other, outcome } = setup();
    let now = apply(doc, 'entity.update', { id: other.id, changes: { statement: 'Negotiate contracts' } });
    now = apply(now, 'entity.update', { id: credential.id, changes: { status: 'in-review' } });
    expect(credentialChanges(contentAt(now, 'rv_1')!, contentAt(now, 'now')!, credential.id)).toEqual([]);
    now = apply(now, 'entity.update', { id: outcome.id, changes: { criteria: 'Types handled.' } });
    expect(credentialChanges(contentAt(now, 'rv_1')!, contentAt(now, 'now')!, credential.id)).toMatchObject([{ record: outcome.id, field: 'criteria', before: '', after: 'Types handled.' }]);
  });
});

describe('proposalView', () => {
  it('is open while the field reads as the reviewer saw it, a conflict once someone else changed it, same when it already matches', () => {
    const { doc, outcome } = setup();
    const reviewer = makePerson({ id: 'pe_rev', name: 'Rita Howard' });
    const proposal = { id: 'pr_1', review: 'rw_1', target: outcome.id, field: 'statement', before: 'Prepare a raw dataset', after: 'Prepare and document a raw dataset', author: reviewer.id, at: '2026-03-30T10:00:00Z', status: 'open' as const };
    const imported = apply(doc, 'review.import', { review: { id: 'rw_1', file: 'r.docx', at: '2026-04-01T09:00:00Z', importedBy: AUTHOR.id, reviewers: [reviewer.id], fingerprint: 'a', counts: { changes: 1, comments: 0, unplaced: 0 }, unplaced: [] }, people: [reviewer], comments: [], proposals: [proposal] });
    expect(proposalView(imported, imported.proposals.pr_1!).state).toBe('open');
    const edited = apply(imported, 'entity.update', { id: outcome.id, changes: { statement: 'Prepare a dataset' } });
    const view = proposalView(edited, edited.proposals.pr_1!);
    expect(view).toMatchObject({ state: 'conflict', current: 'Prepare a dataset', changedBy: { person: AUTHOR.id } });
    const matching = apply(imported, 'entity.update', { id: outcome.id, changes: { statement: 'Prepare and document a raw dataset' } });
    expect(proposalView(matching, matching.proposals.pr_1!).state).toBe('same');
    const gone = apply(imported, 'entity.delete', { ids: [outcome.id] });
    expect(gone.proposals.pr_1).toBeUndefined();
    expect((edited.entities[outcome.id] as Outcome).statement).toBe('Prepare a dataset');
  });
});
