import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../shared/commands';
import { compareIds, serialiseDocument } from '../../../shared/format';
import { Credential, type McredDocument } from '../../../shared/model';
import { AUTHOR, CREATED_STAMP, apply, makeCredential, makeMap, makeSkill } from '../../helpers/builders';
import { detachedCopy } from '../../helpers/json';

/** The parsed canonical text: key order as written. */
const written = (doc: McredDocument) => JSON.parse(serialiseDocument(doc)) as Record<string, Record<string, Record<string, unknown>>>;

describe('serialiseDocument', () => {
  it('writes an empty map in the documented layout: fixed key order, two-space indent, newline at the end', () => {
    const doc = createDocument({ id: 'map_x', settings: { title: 'T', creditUnit: 'ects', profiles: [] }, author: AUTHOR, stamp: CREATED_STAMP });
    const s = CREATED_STAMP;
    expect(serialiseDocument(doc)).toBe(
      [
        '{',
        '  "format": "micro-credential-studio",',
        '  "schemaVersion": 4,',
        '  "id": "map_x",',
        '  "settings": {',
        '    "title": "T",',
        '    "creditUnit": "ects",',
        '    "profiles": []',
        '  },',
        '  "entities": {},',
        '  "links": {},',
        '  "layout": {},',
        '  "people": {',
        '    "pe_author": {',
        '      "id": "pe_author",',
        '      "name": "Ada Lovelace",',
        '      "role": "designer"',
        '    }',
        '  },',
        '  "comments": {},',
        '  "endorsements": {},',
        '  "revisions": {},',
        '  "reviews": {},',
        '  "proposals": {},',
        '  "approvals": {},',
        '  "saves": {},',
        '  "meta": {',
        '    "stamps": {',
        '      "map": {',
        `        "creditUnit": "${s}",`,
        `        "profiles": "${s}",`,
        `        "title": "${s}"`,
        '      },',
        '      "pe_author": {',
        `        "name": "${s}",`,
        `        "role": "${s}"`,
        '      }',
        '    },',
        '    "tombstones": {}',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('writes an entity’s fields in the order its schema declares them, whatever order they were set in', () => {
    const credential = makeCredential({ validityMonths: 24, credits: { unit: 'ects', value: 5 }, eqfLevel: 5, code: 'DW-1' });
    const reversed = Object.fromEntries(Object.entries(credential).reverse()) as typeof credential;
    const doc = detachedCopy(makeMap({ entities: [credential] }));
    doc.entities[credential.id] = reversed;
    const fields = Object.keys(written(doc).entities![credential.id]!);
    expect(fields).toEqual(Object.keys(Credential.shape).filter((k) => k in credential));
    expect(Object.keys(written(doc).entities![credential.id]!.credits as object)).toEqual(['value', 'unit']);
  });

  it('sorts records by id in code-unit order, the same in every locale', () => {
    const ids = ['sk_b', 'sk_B', 'sk_a10', 'sk_a9', 'sk_Z', 'sk__x', 'sk_-x'];
    const doc = makeMap({ entities: ids.map((id) => makeSkill({ id })) });
    const codeUnitOrder = ['sk_-x', 'sk_B', 'sk_Z', 'sk__x', 'sk_a10', 'sk_a9', 'sk_b'];
    expect(Object.keys(written(doc).entities!)).toEqual(codeUnitOrder);
    expect([...ids].sort(compareIds)).toEqual(codeUnitOrder);
  });

  it('sorts the fields of each record’s stamps', () => {
    const skill = makeSkill({ description: 'd', group: 'g' });
    const stamps = written(makeMap({ entities: [skill] })).meta!.stamps as Record<string, object>;
    expect(Object.keys(stamps[skill.id]!)).toEqual(['description', 'group', 'importance', 'kind', 'skillType', 'statement']);
  });

  it('writes a revision’s snapshot canonically too', () => {
    const credential = makeCredential({ credits: { unit: 'ects', value: 5 } });
    const doc = apply(makeMap({ entities: [credential] }), 'revision.create', { id: 'rv_1', name: 'Review', at: '2026-03-01T09:00:00Z', author: AUTHOR.id });
    const revision = written(doc).revisions!.rv_1 as { snapshot: { entities: Record<string, { credits: object }> } };
    expect(Object.keys(revision)).toEqual(['id', 'name', 'at', 'author', 'snapshot']);
    expect(Object.keys(revision.snapshot)).toEqual(['settings', 'entities', 'links']);
    expect(Object.keys(revision.snapshot.entities[credential.id]!.credits)).toEqual(['value', 'unit']);
  });

  it('leaves out fields whose value is undefined', () => {
    const doc = detachedCopy(makeMap({ entities: [makeSkill({ id: 'sk_1' })] }));
    (doc.entities.sk_1 as Record<string, unknown>).description = undefined;
    expect(serialiseDocument(doc)).not.toContain('description');
  });

  it('puts fields it does not know after the known ones, sorted, rather than dropping them', () => {
    const doc = detachedCopy(makeMap({ entities: [makeSkill({ id: 'sk_1' })] }));
    Object.assign(doc.entities.sk_1!, { zeta: 1, alpha: 2 });
    expect(Object.keys(written(doc).entities!.sk_1!).slice(-2)).toEqual(['alpha', 'zeta']);
  });

  it('escapes what JSON must escape, on one line', () => {
    const doc = makeMap({ entities: [makeSkill({ id: 'sk_1', statement: 'Say "hi"\nthen \\ leave' })] });
    expect(serialiseDocument(doc)).toContain('      "statement": "Say \\"hi\\"\\nthen \\\\ leave",\n');
  });
});
