import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../shared/format';
import type { Entity, LinkOfKind, McredDocument } from '../../../shared/model';
import { HELD_OUT_MAPS } from '../../fixtures/suggest/heldout';
import { EVAL_MAPS } from '../../fixtures/suggest/maps';
import { evalMapText } from '../../fixtures/suggest/make';

const FOLDER = join(import.meta.dirname, '..', '..', 'fixtures', 'suggest');

function load(file: string): McredDocument {
  const result = parseDocument(readFileSync(join(FOLDER, file)));
  if (!result.ok) throw new Error(`${file} does not load: ${result.problems.map((p) => p.message).join('; ')}`);
  return result.doc;
}

const idsOf = (doc: McredDocument, kind: Entity['kind']): string[] => Object.values(doc.entities).filter((e) => e.kind === kind).map((e) => e.id);
const addresses = (doc: McredDocument): LinkOfKind<'addresses'>[] =>
  Object.values(doc.links).filter((l): l is LinkOfKind<'addresses'> => l.kind === 'addresses');

describe('labelled evaluation maps for skill → outcome suggestions', () => {
  it('has the six development maps and the three held-out maps the README describes', () => {
    expect(EVAL_MAPS.map((m) => m.file)).toEqual([
      'nursing.mcred',
      'data-analytics.mcred',
      'welding.mcred',
      'early-childhood.mcred',
      'commercial-cookery.mcred',
      'solar-pv.mcred',
    ]);
    expect(HELD_OUT_MAPS.map((m) => m.file)).toEqual(['incident-response.mcred', 'bookkeeping-payroll.mcred', 'warehouse.mcred']);
  });

  it('keeps the held-out maps apart from the development maps: no shared file, map id or skill id', () => {
    const development = new Set(EVAL_MAPS.flatMap((m) => [m.file, m.mapId, ...m.skills.map((s) => s.id)]));
    for (const map of HELD_OUT_MAPS) {
      for (const key of [map.file, map.mapId, ...map.skills.map((s) => s.id)]) expect(development.has(key), key).toBe(false);
    }
  });

  describe.each([...EVAL_MAPS, ...HELD_OUT_MAPS].map((m) => [m.file, m] as const))('%s', (file, map) => {
    const doc = load(file);
    const skills = idsOf(doc, 'skill');
    const outcomes = idsOf(doc, 'outcome');
    const gold = addresses(doc);

    it('is the file build.ts writes from the data (rebuild it after editing the data)', () => {
      expect(readFileSync(join(FOLDER, file), 'utf8')).toBe(evalMapText(map));
    });

    it('has at least 15 skills and 8 outcomes', () => {
      expect(skills.length).toBeGreaterThanOrEqual(15);
      expect(outcomes.length).toBeGreaterThanOrEqual(8);
    });

    it('links every outcome to at least one skill, and only skills to outcomes', () => {
      for (const o of outcomes) expect(gold.filter((l) => l.to === o).length, o).toBeGreaterThanOrEqual(1);
      for (const l of gold) {
        expect(doc.entities[l.from]?.kind).toBe('skill');
        expect(doc.entities[l.to]?.kind).toBe('outcome');
      }
    });

    it('has at least 3 distractor skills that no outcome addresses', () => {
      const addressed = new Set(gold.map((l) => l.from));
      expect(skills.filter((s) => !addressed.has(s)).length).toBeGreaterThanOrEqual(3);
    });

    it('has skills addressed by two outcomes', () => {
      const perSkill = new Map<string, number>();
      for (const l of gold) perSkill.set(l.from, (perSkill.get(l.from) ?? 0) + 1);
      expect([...perSkill.values()].filter((n) => n >= 2).length).toBeGreaterThanOrEqual(1);
    });

    it('puts every outcome in the one credential', () => {
      const credentials = idsOf(doc, 'credential');
      expect(credentials).toHaveLength(1);
      const partOf = Object.values(doc.links).filter((l) => l.kind === 'part-of' && l.to === credentials[0]);
      expect(new Set(partOf.map((l) => l.from))).toEqual(new Set(outcomes));
    });
  });
});
