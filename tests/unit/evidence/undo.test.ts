import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countPostings, planEvidence, readPostings } from '../../../shared/evidence';
import { createSampleDocument } from '../../../shared/sample';
import { DocumentStore } from '../../../renderer/src/store/documentStore';

const csv = readFileSync(join(__dirname, '../../fixtures/postings/postings.csv'), 'utf8');

describe('Apply in the app', () => {
  it('is one undo step: one undo puts back every skill\'s evidence', () => {
    let t = 0;
    const doc = createSampleDocument();
    const store = new DocumentStore(doc, 'pe_tester', 'tst00001', () => (t += 10));
    const call = planEvidence(doc, countPostings(doc, readPostings(csv).postings), { region: 'Northfield metro' })!;
    expect(store.dispatch(call, { label: 'Record job postings evidence' })).toBeUndefined();
    expect(store.getState().doc.entities.sk_logs).toMatchObject({ demand: { jobPostings: 4 } });
    expect(store.undo()).toBe(true);
    const skills = (d: typeof doc) => Object.values(d.entities).filter((e) => e.kind === 'skill');
    expect(skills(store.getState().doc)).toEqual(skills(doc));
  });
});
