import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand, applyDocumentPatches } from '../../../shared/commands';
import { checkReferences, serialiseDocument } from '../../../shared/format';
import { COLLECTIONS, SETTINGS_RECORD, stampAuthor, type McredDocument, type Stamp } from '../../../shared/model';
import { emptyMap, mapAndCallArb, replay, stepsArb, type Visit } from '../../helpers/arbitraries';
import { sameJson } from '../../helpers/json';

type Fields = Record<string, unknown> | undefined;

/** Every (record, field) whose value differs between two versions of a map, layout included. */
function changedFields(before: McredDocument, after: McredDocument): { id: string; field: string }[] {
  const out: { id: string; field: string }[] = [];
  const compare = (id: string, a: Fields, b: Fields) => {
    for (const field of new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])) {
      if (field !== 'id' && !sameJson(a?.[field], b?.[field])) out.push({ id, field });
    }
  };
  for (const c of COLLECTIONS) {
    for (const id of Object.keys(after[c])) compare(id, before[c][id], after[c][id]);
  }
  compare(SETTINGS_RECORD, before.settings, after.settings);
  for (const id of Object.keys(after.entities)) {
    if (!sameJson(before.layout[id], after.layout[id])) out.push({ id, field: 'layout' });
  }
  return out;
}

const liveIds = (doc: McredDocument) => new Set(COLLECTIONS.flatMap((c) => Object.keys(doc[c])));

/** Runs `check` on every accepted command of many generated command sequences. */
function forEveryAcceptedCommand(check: (v: Visit & { after: McredDocument }) => void, numRuns = 200) {
  fc.assert(
    fc.property(stepsArb, (steps) => {
      replay(steps, (v) => {
        if (v.result.ok) check({ ...v, after: v.result.doc });
      });
    }),
    { numRuns },
  );
}

describe('commands, over generated command sequences', () => {
  it('keep every reference intact after each accepted command, and leave the map untouched when refused', () => {
    const initialText = serialiseDocument(emptyMap());
    fc.assert(
      fc.property(stepsArb, (steps) => {
        // The text of the map as the last accepted command left it. (An accepted command
        // cannot have mutated its input either: immer freezes every map it returns.)
        let expectedText = initialText;
        replay(steps, ({ before, result }) => {
          if (!result.ok) {
            expect(serialiseDocument(before)).toBe(expectedText);
            return;
          }
          expect(checkReferences(result.doc)).toEqual([]);
          expectedText = serialiseDocument(result.doc);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('can be undone exactly by their inverse patches and redone by their patches', () => {
    forEveryAcceptedCommand(({ before, after, result }) => {
      if (!result.ok) return;
      const undone = applyDocumentPatches(after, result.inversePatches);
      expect(undone).toEqual(before);
      expect(serialiseDocument(undone)).toBe(serialiseDocument(before));
      expect(applyDocumentPatches(before, result.patches)).toEqual(after);
    });
  });

  it('stamp every changed field with the command stamp, later than the stamp it replaces, naming the author', () => {
    forEveryAcceptedCommand(({ before, after, stamp }) => {
      for (const { id, field } of changedFields(before, after)) {
        expect({ id, field, stamp: after.meta.stamps[id]?.[field] }).toEqual({ id, field, stamp });
      }
      for (const [id, fields] of Object.entries(after.meta.stamps)) {
        for (const [field, s] of Object.entries(fields)) {
          const old: Stamp | undefined = before.meta.stamps[id]?.[field];
          if (s === old) continue;
          expect(s).toBe(stamp);
          if (old !== undefined) expect(s > old).toBe(true);
        }
      }
      expect(stampAuthor(stamp) in after.people).toBe(true);
    });
  });

  it('leave a tombstone, stamped by the command, for every record they delete, and never lift one', () => {
    forEveryAcceptedCommand(({ before, after, stamp }) => {
      const live = liveIds(after);
      for (const id of liveIds(before)) {
        if (live.has(id)) continue;
        expect(after.meta.tombstones[id]).toBe(stamp);
        expect(after.meta.stamps[id]).toBeUndefined();
      }
      for (const [id, s] of Object.entries(before.meta.tombstones)) expect(after.meta.tombstones[id]).toBe(s);
    });
  });

  it('delete an entity together with its links, their comments, its comments and endorsements, and its position', () => {
    forEveryAcceptedCommand(({ before, after, call }) => {
      if (call.name !== 'entity.delete') return;
      const doomed = new Set((call.payload as { ids: string[] }).ids);
      const links = Object.values(before.links).filter((l) => doomed.has(l.from) || doomed.has(l.to));
      const targets = new Set([...doomed, ...links.map((l) => l.id)]);
      const comments = Object.values(before.comments).filter((c) => targets.has(c.target));
      const endorsements = Object.values(before.endorsements).filter((e) => doomed.has(e.target));
      for (const id of [...targets, ...comments.map((c) => c.id), ...endorsements.map((e) => e.id)]) {
        expect(liveIds(after).has(id)).toBe(false);
        expect(after.meta.tombstones[id]).toBeDefined();
      }
      for (const id of doomed) expect(after.layout[id]).toBeUndefined();
    });
  });
});

describe('one more command on a generated map', () => {
  it('returns the same map object exactly when it changes nothing', () => {
    fc.assert(
      fc.property(mapAndCallArb, ({ doc, call, stamp }) => {
        const result = applyCommand(doc, call, { stamp });
        if (!result.ok) return;
        expect(result.doc === doc).toBe(result.patches.length === 0);
        expect(result.inversePatches.length === 0).toBe(result.patches.length === 0);
      }),
      { numRuns: 200 },
    );
  });
});
