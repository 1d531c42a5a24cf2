import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands';
import { locatePath, parseDocument, serialiseDocument } from '../../../shared/format';
import { apply, makeMap, makeLink, makeSkill, makeCredential, nextStamp, refusalOf } from '../../helpers/builders';

describe('regressions found by review', () => {
  it('B1 applyCommand refuses names inherited from Object.prototype', () => {
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(applyCommand(makeMap(), { name, payload: {} }, { stamp: nextStamp() })).toEqual({ ok: false, refusal: { code: 'invalid-payload', message: `there is no command "${name}"` } });
    }
  });

  it('B2 locatePath finds keys written with \\n, \\t, \\b, \\f, \\r escapes', () => {
    expect(locatePath('{"a\\nb": 1}', ['a\nb'])).toEqual({ line: 1, column: 10 });
    expect(locatePath('{"tab\\there": [1]}', ['tab\there', 0])).toEqual({ line: 1, column: 16 });
  });

  it('B2b a map whose stamp field names differ only by an escape loads', () => {
    const doc = makeMap({ entities: [makeSkill({ id: 'sk_1' })] });
    const text = serialiseDocument(doc).replace('"sk_1": {\n        "importance"', '"sk_1": {\n        "a\\tb": "1767225600000-000-test0001@pe_author",\n        "atb": "1767225600000-000-test0001@pe_author",\n        "importance"');
    expect(text).toContain('"a\\tb"');
    const r = parseDocument(text);
    expect(r.ok ? 'ok' : r.problems).toBe('ok');
  });

  it('B3 a position of -0 survives a save and load', () => {
    const skill = makeSkill();
    const doc = apply(makeMap({ entities: [skill] }), 'layout.move', { positions: { [skill.id]: { x: -0, y: 0 } } });
    const r = parseDocument(serialiseDocument(doc));
    expect(r.ok && r.doc).toEqual(doc);
  });

  it('B4 an optional field given as undefined is neither stored nor stamped', () => {
    const skill = { ...makeSkill(), description: undefined };
    const doc = apply(makeMap(), 'entity.create', { entity: skill });
    expect(Object.keys(doc.entities[skill.id]!)).not.toContain('description');
    expect(Object.keys(doc.meta.stamps[skill.id]!)).not.toContain('description');
  });

  it('B5 an unknown key inside a nested field names the field it is in', () => {
    const skill = makeSkill();
    expect(refusalOf(makeMap({ entities: [skill] }), 'entity.update', { id: skill.id, changes: { source: { framework: 'ESCO', colour: 'red' } } })).toMatchObject({ code: 'invalid-value', field: 'source' });
  });

  it('B6 a requires link whose id is probe_link still counts in the cycle check', () => {
    const [a, b] = [makeCredential(), makeCredential()];
    const doc = makeMap({ entities: [a, b], links: [makeLink('requires', a, b, { id: 'probe_link' })] });
    expect(refusalOf(doc, 'link.create', { link: makeLink('requires', b, a) }).code).toBe('cycle');
  });
});
