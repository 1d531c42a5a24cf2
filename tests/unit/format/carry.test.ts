import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, repairDocument, serialiseDocument } from '../../../shared/format';
import { mergeDocuments } from '../../../shared/merge';
import { McredFile, SCHEMA_VERSION, type McredDocument } from '../../../shared/model';
import { applyOk } from '../../helpers/builders';

/**
 * Fields a newer version of the app added are kept and written back unchanged: a file of
 * format SCHEMA_VERSION + 1 that promises `readableFrom: SCHEMA_VERSION` opens here.
 */
const NEWER = SCHEMA_VERSION + 1;
const FIXTURE = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'files', 'v4-skills-intelligence.mcred'), 'utf8');

type Plain = Record<string, unknown>;

/** The fixture as a newer app would write it: its version, its promise, and keys it added (last, sorted, as canonical order puts unknown keys). */
function newerFile(options: { readableFrom?: unknown; mutate?: (o: Plain) => void } = {}): string {
  const base = JSON.parse(FIXTURE) as Plain;
  const out: Plain = { format: base.format, schemaVersion: NEWER };
  if (options.readableFrom !== null) out.readableFrom = options.readableFrom ?? SCHEMA_VERSION;
  for (const [k, v] of Object.entries(base)) if (!(k in out)) out[k] = v;
  const entities = out.entities as Record<string, Plain>;
  const skill = entities.sk_alerts!;
  skill.escoStatus = { released: true, since: '2025-11-01' };
  skill.zNote = 'kept as written';
  const settings = out.settings as Plain;
  settings.theme = 'dark';
  const meta = out.meta as { stamps: Record<string, Record<string, string>> };
  const stamp = Object.values(meta.stamps.sk_alerts!)[0]!;
  meta.stamps.sk_alerts!.escoStatus = stamp;
  meta.stamps.rb_1 = { title: stamp };
  out.rubrics = { rb_1: { id: 'rb_1', title: 'Rubric for alerts', levels: [1, 2, 3] } };
  options.mutate?.(out);
  meta.stamps = sortKeys(meta.stamps);
  for (const id of Object.keys(meta.stamps)) meta.stamps[id] = sortKeys(meta.stamps[id]!);
  return JSON.stringify(out, null, 2) + '\n';
}

const sortKeys = <T>(o: Record<string, T>): Record<string, T> => Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]!]));

function load(text: string): McredDocument {
  const result = parseDocument(text);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path ?? ''}: ${p.message}`).join('\n'));
  return result.doc;
}

describe('a file from a newer app that promises this version may read it', () => {
  it('opens, with every key this version does not know lifted out of the records', () => {
    const doc = load(newerFile());
    expect(doc.schemaVersion).toBe(SCHEMA_VERSION);
    expect(doc.carried).toMatchObject({ schemaVersion: NEWER, readableFrom: SCHEMA_VERSION });
    expect(doc.carried!.fields.map((f) => [f.at.join('.'), f.key])).toEqual([
      ['entities.sk_alerts', 'escoStatus'],
      ['entities.sk_alerts', 'zNote'],
      ['settings', 'theme'],
      ['', 'rubrics'],
    ]);
    const { carried: _carried, ...content } = doc;
    expect(McredFile.safeParse(content).success).toBe(true);
  });

  it('is written back byte for byte as it was read, with its version and promise', () => {
    const text = newerFile();
    expect(serialiseDocument(load(text))).toBe(text);
  });

  it('keeps the added keys through an edit of the same record: only the edited line and its stamp change', () => {
    const text = newerFile();
    const edited = applyOk(load(text), 'entity.update', { id: 'sk_alerts', changes: { statement: 'Triage security alerts' } }).doc;
    const before = text.split('\n');
    const after = serialiseDocument(edited).split('\n');
    expect(after.length).toBe(before.length);
    const changed = after.filter((line, i) => line !== before[i]);
    expect(changed).toEqual([expect.stringContaining('"statement": "Triage security alerts"'), expect.stringMatching(/"statement": "\d{13}-/)]);
    expect(JSON.parse(serialiseDocument(edited))).toMatchObject({ schemaVersion: NEWER, readableFrom: SCHEMA_VERSION, rubrics: { rb_1: { levels: [1, 2, 3] } } });
  });

  it('drops the added keys of a record that was deleted, and keeps the rest', () => {
    const doc = applyOk(load(newerFile()), 'entity.delete', { ids: ['sk_alerts'] }).doc;
    const written = JSON.parse(serialiseDocument(doc)) as Plain;
    expect(written.entities).not.toHaveProperty('sk_alerts');
    expect(written).toMatchObject({ settings: { theme: 'dark' }, rubrics: { rb_1: { title: 'Rubric for alerts' } } });
    expect(load(serialiseDocument(doc)).carried?.fields).toHaveLength(2);
  });

  it('keeps the change stamps of records in a collection the newer app added (they are not orphans)', () => {
    const doc = load(newerFile());
    expect(doc.meta.stamps.rb_1).toBeDefined();
    const repaired = repairDocument(newerFile());
    expect(repaired.ok && repaired.repairs).toEqual([]);
  });

  it('says nothing about an upgrade: it was not migrated', () => {
    const result = parseDocument(newerFile());
    expect(result.ok && result.migratedFrom).toBeUndefined();
  });

  it('still refuses a newer value of a field this version knows (a new kind of skill), naming the field', () => {
    const result = parseDocument(newerFile({ mutate: (o) => ((o.entities as Record<string, Plain>).sk_alerts!.skillType = 'meta-skill') }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ code: 'schema', path: 'entities.sk_alerts.skillType' });
  });
});

describe('a newer file that makes no such promise', () => {
  it.each([
    ['without readableFrom', null],
    ['readable only from its own version', NEWER],
    ['with a readableFrom that is not a version', '4'],
  ])('is refused with "update the app" (%s)', (_name, readableFrom) => {
    const result = parseDocument(newerFile({ readableFrom }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([expect.objectContaining({ code: 'newer-version', message: expect.stringMatching(/Update the app/) })]);
  });
});

describe('a file of this version', () => {
  it('with a key this version does not know is refused (a typo is not a newer field) and the repair drops it', () => {
    const text = FIXTURE.replace('"statement": ', '"statment": "typo",\n      "statement": ');
    const result = parseDocument(text);
    expect(result.ok).toBe(false);
    const repaired = repairDocument(text);
    expect(repaired.ok && repaired.repairs.map((r) => r.path)).toEqual([expect.stringMatching(/\.statment$/)]);
  });

  it('may not smuggle in a carried bag of its own: "carried" is not a key of the file', () => {
    const text = FIXTURE.replace('"meta": {', '"carried": { "schemaVersion": 9, "readableFrom": 1, "fields": [] },\n  "meta": {');
    expect(parseDocument(text).ok).toBe(false);
  });
});

describe('a carried bag never writes what this version could not read back', () => {
  const doc = load(FIXTURE);
  const withBag = (carried: McredDocument['carried']): McredDocument => ({ ...doc, carried });

  it('cannot set a field this version knows, or add a record', () => {
    const skill = Object.values(doc.entities).find((e) => e.kind === 'skill' && !('altLabels' in e))!;
    const absent = 'altLabels';
    expect(skill).toBeDefined();
    const text = serialiseDocument(
      withBag({
        schemaVersion: NEWER,
        readableFrom: SCHEMA_VERSION,
        fields: [
          { at: ['entities', 'sk_alerts'], key: 'statement', value: 'overwritten' },
          { at: ['entities', skill.id], key: absent, value: 'not a valid value' },
          { at: ['entities'], key: 'sk_evil', value: { id: 'sk_evil' } },
          { at: ['entities', 'sk_gone'], key: 'note', value: 'no such record' },
        ],
      }),
    );
    const written = JSON.parse(text) as { entities: Record<string, Plain> };
    expect(written.entities.sk_alerts!.statement).toBe(doc.entities.sk_alerts!.kind === 'skill' ? doc.entities.sk_alerts!.statement : '');
    expect(written.entities[skill.id]).not.toHaveProperty(absent);
    expect(written.entities).not.toHaveProperty('sk_evil');
    expect(written.entities).not.toHaveProperty('sk_gone');
    expect(load(text).carried?.fields).toEqual([]);
  });

  it('claiming this version or an older one is ignored: the file is written as this version', () => {
    const text = serialiseDocument(withBag({ schemaVersion: 2, readableFrom: 1, fields: [{ at: [], key: 'extra', value: 1 }] }));
    expect(text).toBe(serialiseDocument(doc));
  });
});

describe('merging copies of a newer file', () => {
  it('unites what the newer app added; a key both carry takes the later stamp, whichever copy is first', () => {
    const later = '2099999999999-000-newerapp@pe_mchen';
    const a = load(newerFile());
    const b = load(
      newerFile({
        mutate: (o) => {
          (o.entities as Record<string, Plain>).sk_alerts!.escoStatus = { released: false };
          (o.meta as { stamps: Record<string, Record<string, string>> }).stamps.sk_alerts!.escoStatus = later;
          (o.settings as Plain).layoutMode = 'compact';
        },
      }),
    );
    const ab = serialiseDocument(mergeDocuments(a, b).doc);
    const ba = serialiseDocument(mergeDocuments(b, a).doc);
    expect(ab).toBe(ba);
    expect(JSON.parse(ab)).toMatchObject({ schemaVersion: NEWER, settings: { theme: 'dark', layoutMode: 'compact' }, entities: { sk_alerts: { escoStatus: { released: false } } } });
    expect(serialiseDocument(mergeDocuments(a, a).doc)).toBe(serialiseDocument(a));
  });

  it('with a copy this version wrote before the newer app touched it keeps the added keys', () => {
    const merged = mergeDocuments(load(FIXTURE), load(newerFile())).doc;
    expect(JSON.parse(serialiseDocument(merged))).toMatchObject({ schemaVersion: NEWER, rubrics: { rb_1: { title: 'Rubric for alerts' } } });
  });
});
