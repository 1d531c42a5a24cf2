import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS, type Credential, type Entity } from '../../../shared/model';
import { AnchorIndex, REVIEW_FIELDS, anchorName, isNotStated, parseReviewText, reviewText } from '../../../shared/review';
import { createSampleDocument } from '../../../shared/sample';
import { makeActivity, makeCredential } from '../../helpers/builders';

const credential = makeCredential({ workloadHours: 135, eqfLevel: 5, credits: { value: 5, unit: 'ects' }, participation: ['online', 'work-based'], qualityAssurance: 'Internal QA.' });

describe('reviewable fields', () => {
  it('read back as what they were written as: every field of every entity of the example', () => {
    const doc = createSampleDocument();
    for (const e of Object.values(doc.entities)) {
      for (const field of Object.keys(REVIEW_FIELDS[e.kind])) {
        if ((e as Record<string, unknown>)[field] === undefined) continue;
        const parsed = parseReviewText(e, field, reviewText(e, field));
        expect(parsed, `${e.id}.${field}`).toEqual({ ok: true, value: (e as Record<string, unknown>)[field] });
      }
    }
  });

  it('turn a reviewer’s text into values: numbers with units, credits keeping their unit, participation by label', () => {
    expect(parseReviewText(credential, 'workloadHours', '150 hours')).toEqual({ ok: true, value: 150 });
    expect(parseReviewText(credential, 'workloadHours', '12,5')).toEqual({ ok: true, value: 12.5 });
    expect(parseReviewText(credential, 'credits', '6')).toEqual({ ok: true, value: { value: 6, unit: 'ects' } });
    expect(parseReviewText(credential, 'eqfLevel', '6')).toEqual({ ok: true, value: 6 });
    expect(parseReviewText(credential, 'participation', 'On-site, blended and online')).toEqual({ ok: true, value: ['onsite', 'blended', 'online'] });
    // Written as a list in a sentence (only the first capitalised, hyphens kept), and read back.
    const mixed = { ...credential, participation: ['online', 'onsite', 'work-based'] } as typeof credential;
    expect(reviewText(mixed, 'participation')).toBe('Online, on-site, work-based');
    expect(parseReviewText(credential, 'participation', reviewText(mixed, 'participation'))).toEqual({ ok: true, value: ['online', 'onsite', 'work-based'] });
    expect(parseReviewText(credential, 'qualityAssurance', 'Not stated')).toEqual({ ok: true, value: null });
    // The placeholder after a label inside a line ("Credits: not stated") reads back as empty too.
    expect(parseReviewText(credential, 'qualityAssurance', 'not stated')).toEqual({ ok: true, value: null });
    expect(parseReviewText(credential, 'credits', ' not stated ')).toEqual({ ok: true, value: null });
  });

  it('refuse what the field cannot hold, saying why', () => {
    expect(parseReviewText(credential, 'eqfLevel', '5.5')).toEqual({ ok: false, message: '"5.5" is not a whole number' });
    expect(parseReviewText(credential, 'workloadHours', 'about a week')).toEqual({ ok: false, message: '"about a week" is not a number' });
    expect(parseReviewText(credential, 'participation', 'Online, by carrier pigeon')).toMatchObject({ ok: false, message: expect.stringContaining('"by carrier pigeon" is not a form of participation') });
    expect(parseReviewText(credential, 'title', '  ')).toMatchObject({ ok: false, message: expect.stringContaining('cannot be empty') });
    expect(parseReviewText(makeActivity(), 'contactHours', '')).toMatchObject({ ok: false });
    expect(parseReviewText(credential, 'status', 'approved')).toMatchObject({ ok: false });
  });

  it('text fields read back whatever was typed, trimmed', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }).filter((s) => s.trim() !== '' && !isNotStated(s)), (text) => {
        const c: Credential = { ...credential, description: text };
        expect(parseReviewText(c, 'description', reviewText(c, 'description'))).toEqual({ ok: true, value: text.replace(/\r\n?/g, '\n').trim() });
      }),
    );
  });
});

describe('anchors', () => {
  it('are short hidden bookmark names that resolve to their record and field, with the occurrence', () => {
    const doc = createSampleDocument();
    const index = new AnchorIndex([doc]);
    const entities: Entity[] = Object.values(doc.entities);
    for (const e of entities) {
      for (const field of Object.keys(REVIEW_FIELDS[e.kind])) {
        const name = anchorName(e.id, field);
        expect(name).toMatch(/^_mcs[0-9a-z]{11}$/);
        expect(index.resolve(name)).toEqual({ record: e.id, field, occurrence: 1 });
      }
    }
    const [first] = entities;
    expect(index.resolve(anchorName(first!.id, Object.keys(REVIEW_FIELDS[first!.kind])[0]!, 3))).toMatchObject({ occurrence: 3 });
    expect(anchorName('x'.repeat(77), 'supervisionAndIdentity', 9999).length).toBeLessThanOrEqual(40);
  });

  it('do not resolve names that are not ours, or ours for records the map does not have', () => {
    const index = new AnchorIndex([createSampleDocument()]);
    expect(index.resolve('_Toc123')).toBeUndefined();
    expect(index.resolve(anchorName('lo_nothere', 'statement'))).toBeUndefined();
    expect(index.resolve(`${anchorName('lo_x', 'statement')} Copy 1`)).toBeUndefined();
  });

  it('cover every entity kind', () => {
    for (const k of ENTITY_KINDS) expect(Object.keys(REVIEW_FIELDS[k]).length).toBeGreaterThan(0);
  });
});
