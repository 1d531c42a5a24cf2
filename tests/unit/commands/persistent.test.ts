import { applyPatches, isDraft, produceWithPatches } from 'immer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMANDS, applyCommand, applyDocumentPatches, applyHistoryStep, type CommandName } from '../../../shared/commands';
import { draftReader, produceDocument, scanRecords, scanRecordsWith } from '../../../shared/commands/produce';
import { normaliseRecord } from '../../../shared/commands/stamps';
import type { CommandContext } from '../../../shared/commands/types';
import { parseDocument, serialiseDocument } from '../../../shared/format';
import { mergeDocuments } from '../../../shared/merge';
import { PERSISTENT_FROM, REMOVED, SCHEMA_VERSION, changedRecordIds, eachRecord, eachRecordWith, isRecordMap, linkEnd, linkStart, plainDocument, recordKeys, recordReader, updateRecords, type McredDocument } from '../../../shared/model';
import { generateMap } from '../../../shared/sample/generate';
import { makeComment, makeLink, makeSkill } from '../../helpers/builders';

/**
 * Issue #16 item 10: commands change the big record maps of a document through an overlay
 * (commands/produce.ts) into persistent maps (model/recordMap.ts). These check that the
 * result, its patches and its undo are exactly what plain immer gives, on a map large
 * enough for every big collection to be persistent.
 */

function big(n: number): Record<string, { n: number }> {
  const out: Record<string, { n: number }> = {};
  for (let i = 0; i < n; i++) out[`sk_${i.toString(36)}x`] = { n: i };
  return out;
}

describe('persistent record maps', () => {
  it('read like the plain object they replace, in insertion order', () => {
    const plain = big(PERSISTENT_FROM + 10);
    const changes = new Map<string, { n: number } | typeof REMOVED>([
      ['sk_1x', { n: -1 }],
      ['sk_2x', REMOVED],
      ['sk_newx', { n: 99 }],
    ]);
    const map = updateRecords(plain, changes);
    const expected: Record<string, { n: number }> = { ...plain, sk_1x: { n: -1 }, sk_newx: { n: 99 } };
    delete expected.sk_2x;
    expect(isRecordMap(map)).toBe(true);
    expect(isRecordMap(plain)).toBe(false);
    expect(Object.keys(map)).toEqual(Object.keys(expected));
    expect(recordKeys(map)).toEqual(Object.keys(expected));
    expect(recordKeys(expected)).toEqual(Object.keys(expected));
    expect(Object.values(map)).toEqual(Object.values(expected));
    expect(JSON.stringify(map)).toBe(JSON.stringify(expected));
    expect({ ...map }).toEqual(expected);
    expect(map.sk_1x).toEqual({ n: -1 });
    expect(map.sk_2x).toBeUndefined();
    expect('sk_2x' in map).toBe(false);
    expect('sk_3x' in map).toBe(true);
    expect(Object.hasOwn(map, 'sk_newx')).toBe(true);
    for (const m of [map, expected]) {
      const read = recordReader(m);
      expect([read('sk_1x'), read('sk_2x'), read('sk_newx'), read('constructor')]).toEqual([{ n: -1 }, undefined, { n: 99 }, undefined]);
    }
    expect(plain.sk_1x).toEqual({ n: 1 });
    expect(() => {
      (map as Record<string, unknown>).sk_1x = 1;
    }).toThrow(/read-only/);
    const ids = new Set<string>();
    expect(changedRecordIds(plain, map, 100, ids)).toBe(true);
    expect([...ids].sort()).toEqual(['sk_1x', 'sk_2x', 'sk_newx']);
    const again = updateRecords(map, new Map([['sk_5x', { n: 5.5 }]]));
    const moreIds = new Set<string>();
    expect(changedRecordIds(map, again, 100, moreIds)).toBe(true);
    expect([...moreIds]).toEqual(['sk_5x']);
  });

  it('list every value with eachRecord, the new one after a change and the old one in the old map', () => {
    const plain = big(PERSISTENT_FROM + 300);
    const map = updateRecords(plain, new Map([['sk_1x', { n: -1 }]]));
    const values = (m: Record<string, { n: number }>) => {
      const out: number[] = [];
      eachRecord(m, (v, id) => {
        expect(m[id]).toBe(v);
        out.push(v.n);
      });
      return out.sort((x, y) => x - y);
    };
    const sorted = (m: Record<string, { n: number }>) => Object.values(m).map((v) => v.n).sort((x, y) => x - y);
    expect(values(map)).toEqual(sorted(map)); // the first pass lists each bucket
    const next = updateRecords(map, new Map<string, { n: number } | typeof REMOVED>([['sk_1x', { n: -2 }], ['sk_3x', REMOVED], ['sk_lastx', { n: 1e6 }]]));
    expect(values(next)).toEqual(sorted(next)); // the changed buckets are listed again
    expect(values(next)).toContain(-2);
    expect(values(next)).not.toContain(-1);
    expect(values(map)).toContain(-1);
    expect(values(plain)).toEqual(sorted(plain));
    let seen = 0;
    eachRecord(next, () => ++seen < 5);
    expect(seen).toBe(5);
    // Undoing the newest record takes it out of the key order, wherever the search starts.
    const undone = updateRecords(next, new Map<string, { n: number } | typeof REMOVED>([['sk_lastx', REMOVED]]));
    expect(Object.keys(undone)).toEqual(Object.keys(next).filter((id) => id !== 'sk_lastx'));
  });

  it('keep the order and values of a plain object through any mix of changes, removals and re-additions', () => {
    const start = big(PERSISTENT_FROM + 200);
    const ids = Object.keys(start);
    const op = fc.record({ id: fc.oneof(fc.constantFrom(...ids.slice(0, 40), ...ids.slice(-40)), fc.integer({ min: 0, max: 60 }).map((i) => `sk_new${i}x`)), remove: fc.boolean(), n: fc.integer() });
    fc.assert(
      fc.property(fc.array(fc.array(op, { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 25 }), (batches) => {
        let map: Record<string, { n: number }> = start;
        const plain: Record<string, { n: number }> = { ...start };
        for (const batch of batches) {
          const changes = new Map<string, { n: number } | typeof REMOVED>();
          for (const { id, remove, n } of batch) changes.set(id, remove ? REMOVED : { n });
          for (const [id, v] of changes) {
            if (v === REMOVED) delete plain[id];
            else plain[id] = v;
          }
          map = updateRecords(map, changes);
          expect(recordKeys(map)).toEqual(Object.keys(plain));
        }
        expect(JSON.stringify(map)).toBe(JSON.stringify(plain));
      }),
      { numRuns: 60 },
    );
  });

  it('find the records with a key through their bucket indexes as a filter of the plain object does, through any changes', () => {
    const start = big(PERSISTENT_FROM + 200);
    const ids = Object.keys(start);
    const keyOf = (v: { n: number }): string => `k${Math.abs(v.n) % 7}`;
    const found = (m: Record<string, { n: number }>, keys: string[]) => {
      const out: string[] = [];
      eachRecordWith(m, keyOf, keys, (v, id) => {
        expect(m[id]).toBe(v);
        out.push(id);
      });
      return out.sort();
    };
    const filtered = (m: Record<string, { n: number }>, keys: string[]) => Object.keys(m).filter((id) => keys.includes(keyOf(m[id]!))).sort();
    const op = fc.record({ id: fc.oneof(fc.constantFrom(...ids.slice(0, 40), ...ids.slice(-40)), fc.integer({ min: 0, max: 60 }).map((i) => `sk_new${i}x`)), remove: fc.boolean(), n: fc.integer({ min: -50, max: 50 }) });
    const keys = fc.uniqueArray(fc.integer({ min: 0, max: 7 }).map((k) => `k${k}`), { maxLength: 3 });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(op, { minLength: 1, maxLength: 12 }), keys), { minLength: 1, maxLength: 20 }), (batches) => {
        let map: Record<string, { n: number }> = start;
        const versions: Record<string, { n: number }>[] = [];
        for (const [batch, wanted] of batches) {
          const changes = new Map<string, { n: number } | typeof REMOVED>();
          for (const { id, remove, n } of batch) changes.set(id, remove ? REMOVED : { n });
          map = updateRecords(map, changes);
          versions.push(map);
          expect(found(map, wanted)).toEqual(filtered(map, wanted));
        }
        // An older version's indexes still answer for that version.
        expect(found(versions[0]!, ['k1', 'k2'])).toEqual(filtered(versions[0]!, ['k1', 'k2']));
      }),
      { numRuns: 40 },
    );
    expect(found(start, ['k3'])).toEqual(filtered(start, ['k3']));
    expect(found(start, ['k3']).length).toBeGreaterThan(100);
  });

  it('find the records with a key in a draft as the recipe has left them', () => {
    const doc = generateMap({ seed: 5, entities: 3_000 });
    const links = Object.values(doc.links);
    expect(isRecordMap(doc.links) || links.length >= PERSISTENT_FROM).toBe(true);
    const target = links[10]!.to;
    const moved = links[20]!;
    const seen: string[] = [];
    produceDocument(doc, (draft) => {
      delete draft.links[links[10]!.id];
      draft.links[moved.id]!.from = target;
      draft.links.ln_probe0001 = { id: 'ln_probe0001', kind: 'addresses', from: target, to: links[0]!.to, level: 'introduced' };
      scanRecordsWith(draft.links, linkEnd, [target], (l) => seen.push(l.id));
      scanRecordsWith(draft.links, linkStart, [target], (l) => seen.push(l.id));
      expect(isDraft(draft.links[moved.id])).toBe(true);
    });
    const after = links.filter((l) => l.id !== links[10]!.id).map((l) => (l.id === moved.id ? { ...l, from: target } : l));
    after.push({ id: 'ln_probe0001', kind: 'addresses', from: target, to: links[0]!.to, level: 'introduced' });
    const expected = [...after.filter((l) => l.to === target), ...after.filter((l) => l.from === target)].map((l) => l.id);
    expect(seen.sort()).toEqual(expected.sort());
    expect(seen).toContain(moved.id);
    expect(seen).not.toContain(links[10]!.id);
  });

  it('small maps stay plain objects', () => {
    const small = big(10);
    const next = updateRecords(small, new Map([['sk_1x', { n: 0 }]]));
    expect(isRecordMap(next)).toBe(false);
    expect(next.sk_1x).toEqual({ n: 0 });
  });
});

describe('commands on a big map (overlay and persistent maps)', () => {
  const STAMP = (i: number) => `1900000000000-${i.toString(36).padStart(3, '0')}-test0001@pe_test`;
  const base = generateMap({ seed: 7, entities: 1_500 });
  const outcomes = Object.values(base.entities).filter((e) => e.kind === 'outcome');
  const skills = Object.values(base.entities).filter((e) => e.kind === 'skill');
  const person = Object.keys(base.people)[0]!;
  const link = Object.values(base.links)[3]!;
  const fresh = makeSkill({ id: 'sk_persist1' });
  const calls: { name: CommandName; payload: unknown }[] = [
    { name: 'entity.update', payload: { id: outcomes[0]!.id, changes: { statement: 'Analyse network traffic for threats' } } },
    { name: 'layout.move', payload: { positions: { [skills[0]!.id]: { x: 5, y: 6 } } } },
    { name: 'entity.create', payload: { entity: fresh, position: { x: 1, y: 2 } } },
    { name: 'link.create', payload: { link: makeLink('addresses', fresh.id, outcomes[1]!.id, { id: 'ln_persist1' }) } },
    { name: 'comment.add', payload: { comment: makeComment(outcomes[1]!.id, { id: 'cm_persist1', author: person }) } },
    { name: 'link.delete', payload: { ids: [link.id] } },
    { name: 'entity.delete', payload: { ids: [skills[1]!.id, fresh.id] } },
    { name: 'revision.create', payload: { id: 'rv_persist1', name: 'Before the tidy-up', at: '2026-03-01T09:00:00Z', author: person } },
    { name: 'settings.update', payload: { changes: { title: 'Renamed' } } },
    { name: 'layout.auto', payload: {} },
  ];

  /** The same command through plain immer on a plain copy: what the overlay must equal. */
  function reference(doc: McredDocument, call: { name: CommandName; payload: unknown }, ctx: CommandContext): McredDocument {
    const def = COMMANDS[call.name];
    const payload = normaliseRecord(def.payload.parse(call.payload));
    return produceWithPatches(plainDocument(doc), (draft) => {
      (def.run as (d: typeof draft, p: unknown, c: CommandContext) => void)(draft, payload, ctx);
    })[0];
  }

  it('give the same map, patches that lead to it and an undo that leads back, step by step', () => {
    let doc: McredDocument = base;
    calls.forEach((call, i) => {
      const ctx = { stamp: STAMP(i) };
      const ours = applyCommand(doc, call, ctx);
      if (!ours.ok) throw new Error(`${call.name} refused: ${ours.refusal.message}`);
      const ref = reference(doc, call, ctx);
      const text = serialiseDocument(ours.doc);
      expect(text, call.name).toBe(serialiseDocument(ref));
      expect(Object.keys(ours.doc.entities), call.name).toEqual(Object.keys(ref.entities));
      expect(serialiseDocument(applyPatches(plainDocument(doc), ours.patches)), `${call.name} patches`).toBe(text);
      expect(serialiseDocument(applyDocumentPatches(ours.doc, ours.inversePatches)), `${call.name} undo`).toBe(serialiseDocument(doc));
      doc = ours.doc;
    });
    expect(isRecordMap(doc.entities)).toBe(true);
    expect(isRecordMap(doc.meta.stamps)).toBe(true);
    expect(Object.isFrozen(doc)).toBe(true);
  });

  it('undo and redo restamp through the overlay as they do on plain maps', () => {
    const done = applyCommand(base, { name: 'entity.delete', payload: { ids: [skills[1]!.id] } }, { stamp: STAMP(50) });
    if (!done.ok) throw new Error('refused');
    const undone = applyHistoryStep(done.doc, done.inversePatches, STAMP(51));
    if (!undone.ok) throw new Error('undo refused');
    expect(undone.doc.entities[skills[1]!.id]).toEqual(base.entities[skills[1]!.id]);
    expect(undone.doc.layout[skills[1]!.id]).toEqual(base.layout[skills[1]!.id]);
    expect(undone.doc.meta.tombstones[skills[1]!.id]).toBeUndefined();
    expect(undone.doc.meta.stamps[skills[1]!.id]?.statement).toBe(STAMP(51));
    const redone = applyHistoryStep(undone.doc, undone.inversePatches, STAMP(52), { keepAuthors: true });
    if (!redone.ok) throw new Error('redo refused');
    expect(redone.doc.entities[skills[1]!.id]).toBeUndefined();
    expect(redone.doc.meta.tombstones[skills[1]!.id]).toBe(STAMP(52));
  });

  it('an edit that changes nothing gives back the same document and no patches', () => {
    const id = outcomes[0]!.id;
    const same = applyCommand(base, { name: 'entity.update', payload: { id, changes: { statement: base.entities[id]!.kind === 'outcome' ? (base.entities[id] as { statement: string }).statement : '' } } }, { stamp: STAMP(60) });
    if (!same.ok) throw new Error('refused');
    expect(same.doc).toBe(base);
    expect(same.patches).toEqual([]);
  });

  it('scanRecords lists every record of a draft map with its current value, drafting nothing it did not have to', () => {
    const [first, second] = Object.keys(base.links);
    produceDocument(base, (draft) => {
      draft.links[first!]!.id = first!; // read (drafted) and written back unchanged
      delete draft.links[second!];
      draft.links.ln_scan1 = { ...base.links[first!]!, id: 'ln_scan1' };
      const ids: string[] = [];
      const values: unknown[] = [];
      scanRecords(draft.links, (l, id) => {
        ids.push(id);
        values.push(l);
      });
      expect(values.filter((v) => isDraft(v)).length).toBe(1); // only the link the recipe read
      const read = draftReader(draft.links);
      expect([read(second!), read('ln_scan1')?.id, isDraft(read(Object.keys(base.links)[5]!))]).toEqual([undefined, 'ln_scan1', false]);
      // Object.keys and Object.values of the draft draft every link: compared last.
      const byId = (pairs: [string, unknown][]) => JSON.stringify(pairs.sort(([x], [y]) => (x < y ? -1 : 1)));
      expect(byId(ids.map((id, i) => [id, values[i]]))).toBe(byId(Object.entries(draft.links)));
    });
  });

  it('refuse a duplicate link and a circle of prerequisites on a big map as on a small one', () => {
    const req = Object.values(base.links).find((l) => l.kind === 'requires')!;
    const other = Object.values(base.links).find((l) => l.kind === 'addresses')!;
    // Any change to the links makes them a persistent map.
    const edited = applyCommand(base, { name: 'link.delete', payload: { ids: [Object.keys(base.links)[9]!] } }, { stamp: STAMP(90) });
    if (!edited.ok) throw new Error(edited.refusal.message);
    expect(isRecordMap(edited.doc.links)).toBe(true);
    const refusal = (from: string, to: string, kind: 'requires' | 'addresses', level?: 'introduced') =>
      applyCommand(edited.doc, { name: 'link.create', payload: { link: makeLink(kind, from, to, { id: 'ln_probe1', ...(level ? { level } : {}) }) } }, { stamp: STAMP(91) });
    const code = (r: ReturnType<typeof refusal>) => (r.ok ? 'ok' : r.refusal.code);
    expect(code(refusal(req.from, req.to, 'requires'))).toBe('duplicate-link');
    expect(code(refusal(req.to, req.from, 'requires'))).toBe('cycle');
    expect(code(refusal(other.from, other.to, 'addresses', 'introduced'))).toBe('duplicate-link');
    const free = outcomes.find((o) => !Object.values(base.links).some((l) => l.from === skills[3]!.id && l.to === o.id))!;
    expect(code(refusal(skills[3]!.id, free.id, 'addresses', 'introduced'))).toBe('ok');
  });

  it('merge two copies edited on both sides as it merges their plain copies', () => {
    const edit = (steps: { name: CommandName; payload: unknown }[], from: number): McredDocument =>
      steps.reduce((doc, call, i) => {
        const done = applyCommand(doc, call, { stamp: STAMP(from + i) });
        if (!done.ok) throw new Error(`${call.name} refused: ${done.refusal.message}`);
        return done.doc;
      }, base);
    const ours = edit(calls.slice(0, 7), 100);
    const theirs = edit(
      [
        { name: 'entity.update', payload: { id: outcomes[0]!.id, changes: { statement: 'Triage network alerts' } } },
        { name: 'entity.update', payload: { id: skills[1]!.id, changes: { statement: 'Edited where the other copy deleted' } } },
        { name: 'layout.move', payload: { positions: { [skills[0]!.id]: { x: 50, y: 60 } } } },
        { name: 'link.delete', payload: { ids: [Object.keys(base.links)[7]!] } },
      ],
      200,
    );
    expect([ours.entities, ours.meta.stamps, theirs.links, theirs.layout].every(isRecordMap)).toBe(true);
    const merged = mergeDocuments(ours, theirs);
    const plain = mergeDocuments(plainDocument(ours), plainDocument(theirs));
    expect(merged.conflicts.length).toBeGreaterThan(0);
    expect(serialiseDocument(merged.doc)).toBe(serialiseDocument(plain.doc));
    expect(JSON.stringify(merged.conflicts)).toBe(JSON.stringify(plain.conflicts));
    expect(JSON.stringify(merged.changes)).toBe(JSON.stringify(plain.changes));
  });

  it('plainDocument makes a copy structured clone accepts, equal in content', () => {
    const edited = applyCommand(base, calls[0]!, { stamp: STAMP(70) });
    if (!edited.ok) throw new Error('refused');
    expect(() => structuredClone(edited.doc)).toThrow();
    const plain = plainDocument(edited.doc);
    expect(serialiseDocument(structuredClone(plain))).toBe(serialiseDocument(edited.doc));
  });

  it('keep the fields of a newer app (doc.carried) through an edit, a merge and the worker copy', () => {
    // The generated map as a newer app would write it: its version, and keys this one does not know.
    const file = JSON.parse(serialiseDocument(base)) as Record<string, unknown>;
    const entities = file.entities as Record<string, Record<string, unknown>>;
    const stamps = (file.meta as { stamps: Record<string, Record<string, string>> }).stamps;
    const target = skills[2]!.id;
    entities[target]!.zNote = 'kept as written';
    stamps[target] = Object.fromEntries(Object.entries({ ...stamps[target]!, zNote: STAMP(80) }).sort(([x], [y]) => x.localeCompare(y)));
    const newer: Record<string, unknown> = { format: file.format, schemaVersion: SCHEMA_VERSION + 1, readableFrom: SCHEMA_VERSION };
    for (const [k, v] of Object.entries(file)) if (!(k in newer)) newer[k] = v;
    const text = JSON.stringify(newer, null, 2) + '\n';
    const read = parseDocument(text);
    if (!read.ok) throw new Error(read.problems.map((p) => p.message).join('\n'));
    expect(serialiseDocument(read.doc)).toBe(text);
    const edited = applyCommand(read.doc, { name: 'entity.update', payload: { id: target, changes: { statement: 'Triage security alerts' } } }, { stamp: STAMP(81) });
    if (!edited.ok) throw new Error('refused');
    expect(isRecordMap(edited.doc.entities)).toBe(true);
    const out = JSON.parse(serialiseDocument(edited.doc)) as { schemaVersion: number; entities: Record<string, Record<string, unknown>>; meta: { stamps: Record<string, Record<string, string>> } };
    expect(out.schemaVersion).toBe(SCHEMA_VERSION + 1);
    expect(out.entities[target]).toMatchObject({ statement: 'Triage security alerts', zNote: 'kept as written' });
    expect(out.meta.stamps[target]!.zNote).toBe(STAMP(80));
    const merged = mergeDocuments(edited.doc, read.doc).doc;
    expect(serialiseDocument(merged)).toBe(serialiseDocument(edited.doc));
    expect(serialiseDocument(structuredClone(plainDocument(edited.doc)))).toBe(serialiseDocument(edited.doc));
  });
});
