import { describe, expect, it } from 'vitest';
import { COMMANDS, applyDocumentPatches, createDocument } from '../../../shared/commands';
import { checkReferences, serialiseDocument } from '../../../shared/format';
import { FORMAT_NAME, SCHEMA_VERSION, SETTINGS_RECORD } from '../../../shared/model';
import { AUTHOR, CREATED_STAMP, MAP_ID, applyOk, makeMap, makeSettings, makeSkill, nextStamp, refusalOf } from '../../helpers/builders';

describe('createDocument', () => {
  it('makes an empty map with its settings and author, both stamped', () => {
    const settings = makeSettings({ institution: 'Northfield' });
    const doc = createDocument({ id: MAP_ID, settings, author: AUTHOR, stamp: CREATED_STAMP });
    expect(doc).toMatchObject({ format: FORMAT_NAME, schemaVersion: SCHEMA_VERSION, id: MAP_ID, settings, people: { [AUTHOR.id]: AUTHOR } });
    for (const c of ['entities', 'links', 'layout', 'comments', 'endorsements', 'revisions', 'saves'] as const) expect(doc[c]).toEqual({});
    expect(doc.meta).toEqual({
      stamps: {
        [SETTINGS_RECORD]: { title: CREATED_STAMP, institution: CREATED_STAMP, creditUnit: CREATED_STAMP, profiles: CREATED_STAMP },
        [AUTHOR.id]: { name: CREATED_STAMP, role: CREATED_STAMP },
      },
      tombstones: {},
    });
    expect(checkReferences(doc)).toEqual([]);
  });
});

describe('applyCommand', () => {
  it('refuses a command that does not exist', () => {
    expect(refusalOf(makeMap(), 'entity.explode', {})).toEqual({ code: 'invalid-payload', message: 'there is no command "entity.explode"' });
  });

  it('refuses a malformed payload, saying where the problem is', () => {
    expect(refusalOf(makeMap(), 'entity.update', { id: 'sk_1' })).toMatchObject({ code: 'invalid-payload', message: expect.stringMatching(/^entity\.update: changes: /) });
    expect(refusalOf(makeMap(), 'entity.update', { id: 'not an id', changes: {} })).toMatchObject({ code: 'invalid-payload', message: expect.stringMatching(/^entity\.update: id: is not a valid id/) });
    expect(refusalOf(makeMap(), 'comment.resolve', null)).toMatchObject({ code: 'invalid-payload', message: expect.stringMatching(/^comment\.resolve: payload: /) });
  });

  it('leaves the map it was given untouched when a command is refused half-way', () => {
    const skill = makeSkill();
    const doc = makeMap({ entities: [skill] });
    const before = serialiseDocument(doc);
    // The first id exists, the second does not: nothing may be deleted.
    refusalOf(doc, 'entity.delete', { ids: [skill.id, 'sk_ghost'] });
    expect(serialiseDocument(doc)).toBe(before);
  });

  it('returns patches that redo the change and inverse patches that undo it', () => {
    const skill = makeSkill();
    const doc = makeMap({ entities: [skill] });
    const stamp = nextStamp();
    const result = applyOk(doc, 'entity.update', { id: skill.id, changes: { importance: 'optional' } }, stamp);
    expect(result.patches).toEqual(
      expect.arrayContaining([
        { op: 'replace', path: ['entities', skill.id, 'importance'], value: 'optional' },
        { op: 'replace', path: ['meta', 'stamps', skill.id, 'importance'], value: stamp },
      ]),
    );
    expect(applyDocumentPatches(result.doc, result.inversePatches)).toEqual(doc);
    expect(applyDocumentPatches(doc, result.patches)).toEqual(result.doc);
  });

  it('never changes the map it was given, even when accepted', () => {
    const doc = makeMap();
    const before = serialiseDocument(doc);
    applyOk(doc, 'entity.create', { entity: makeSkill() });
    expect(serialiseDocument(doc)).toBe(before);
  });

  it('knows every command by its dotted name', () => {
    for (const [name, def] of Object.entries(COMMANDS)) expect({ name, defined: def.name }).toEqual({ name, defined: name });
  });
});
