import { expect } from 'vitest';
import { serialiseDocument } from '../../../../shared/format';
import { mergeDocuments } from '../../../../shared/merge';
import type { McredDocument } from '../../../../shared/model';
import { loadProblems, swapped } from './checks';
import { BASE_MS, PEOPLE, Replica, emptyBase } from './replica';

/**
 * The co-editing story the example tests tell: a saved base map, Ana and Ben each open it
 * on their own machine, edit, and their copies are merged.
 */

export const [ANA, BEN] = [PEOPLE[0]!, PEOPLE[1]!];
/** When Ana and Ben open the base: an hour after it was made. */
export const OPENED = BASE_MS + 3_600_000;

export const outcome = { id: 'lo_analyse', kind: 'outcome', statement: 'Analyse network logs' } as const;
export const skill = { id: 'sk_triage', kind: 'skill', statement: 'Triage alerts', skillType: 'skill', importance: 'essential' } as const;
const credential = (id: string, title: string) => ({ id, kind: 'credential', title, version: '1.0', status: 'draft', language: 'en' }) as const;

/** A skill addressed by an outcome, a second outcome, three credentials, a comment thread; saved once. */
export function base(): McredDocument {
  const r = emptyBase();
  r.apply('entity.create', { entity: skill, position: { x: 0, y: 0 } }, BASE_MS + 1);
  r.apply('entity.create', { entity: outcome, position: { x: 200, y: 0 } }, BASE_MS + 2);
  r.apply('entity.create', { entity: { ...outcome, id: 'lo_contain', statement: 'Contain an incident' } }, BASE_MS + 2);
  for (const [i, c] of [credential('mc_soc', 'SOC Analyst'), credential('mc_cloud', 'Cloud Security'), credential('mc_ir', 'Incident Response')].entries()) {
    r.apply('entity.create', { entity: c }, BASE_MS + 3 + i);
  }
  r.apply('link.create', { link: { id: 'ln_base', kind: 'addresses', from: 'sk_triage', to: 'lo_analyse', level: 'introduced' } }, BASE_MS + 10);
  r.apply('comment.add', { comment: { id: 'cm_root', target: 'sk_triage', author: ANA.id, at: '2026-01-05T09:00:00Z', body: 'Is this essential?' } }, BASE_MS + 11);
  return r.save(BASE_MS + 20).doc;
}

/** Ana's and Ben's copies of `doc`, on replicas `ana1` and `ben1`. */
export function open(doc = base()): [Replica, Replica] {
  return [new Replica(doc, 'ana1', ANA.id, OPENED), new Replica(doc, 'ben1', BEN.id, OPENED)];
}

/** Merges both ways, checks the result is valid and the same both ways; returns the Ana-first merge. */
export function merge(a: McredDocument, b: McredDocument) {
  const ab = mergeDocuments(a, b);
  const ba = mergeDocuments(b, a);
  expect(serialiseDocument(ba.doc)).toBe(serialiseDocument(ab.doc));
  expect(ba.conflicts.map(swapped)).toEqual(ab.conflicts);
  expect(loadProblems(ab.doc)).toEqual([]);
  return ab;
}
