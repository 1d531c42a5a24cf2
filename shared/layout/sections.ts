import type { Entity, Id } from '../model';
import { byLabel, type LayoutGraph } from './graph';

/**
 * A credential with what belongs to it: its outcomes and the skills, assessments and
 * activities linked mostly to those outcomes. Entities reaching no credential form one
 * last section with `credential` undefined.
 */
export interface Section {
  credential: Id | undefined;
  members: Entity[];
}

/**
 * Credentials in reading order: grouped by the program they stack into (programs by
 * title), prerequisites before the credentials that require them, otherwise by title.
 */
export function orderCredentials(g: LayoutGraph): Id[] {
  const credentials = g.entities.filter((e) => e.kind === 'credential').sort(byLabel);
  const programs = g.entities.filter((e) => e.kind === 'program').sort(byLabel);
  const programRank = new Map(programs.map((p, i) => [p.id, i]));
  const groupOf = (c: Id): number => {
    let best = programs.length;
    for (const p of g.stacksInto.get(c) ?? []) best = Math.min(best, programRank.get(p) ?? best);
    return best;
  };
  const groups = new Map<number, Entity[]>();
  for (const c of credentials) {
    const k = groupOf(c.id);
    const list = groups.get(k);
    if (list) list.push(c);
    else groups.set(k, [c]);
  }
  const out: Id[] = [];
  for (const k of [...groups.keys()].sort((a, b) => a - b)) out.push(...prerequisitesFirst(groups.get(k)!, g));
  return out;
}

/** Kahn's topological order over `requires` inside one group, ties by the group's order. */
function prerequisitesFirst(group: readonly Entity[], g: LayoutGraph): Id[] {
  const rank = new Map(group.map((c, i) => [c.id, i]));
  const waitingOn = new Map<Id, number>();
  const unlocks = new Map<Id, Id[]>();
  for (const c of group) {
    const needs = (g.requires.get(c.id) ?? []).filter((r) => rank.has(r));
    waitingOn.set(c.id, needs.length);
    for (const r of needs) unlocks.set(r, [...(unlocks.get(r) ?? []), c.id]);
  }
  const ready = group.filter((c) => waitingOn.get(c.id) === 0).map((c) => c.id);
  const out: Id[] = [];
  while (ready.length) {
    ready.sort((a, b) => rank.get(a)! - rank.get(b)!);
    const next = ready.shift()!;
    out.push(next);
    for (const u of unlocks.get(next) ?? []) {
      const left = waitingOn.get(u)! - 1;
      waitingOn.set(u, left);
      if (left === 0) ready.push(u);
    }
  }
  // A cycle (not allowed by the commands, but a file may hold one): the rest in group order.
  const placed = new Set(out);
  for (const c of group) if (!placed.has(c.id)) out.push(c.id);
  return out;
}

/** Splits the non-program entities into sections, in the order of `credentials`. */
export function buildSections(g: LayoutGraph, credentials: readonly Id[]): Section[] {
  const rank = new Map(credentials.map((c, i) => [c, i]));
  const home = new Map<Id, number>();
  for (const c of credentials) home.set(c, rank.get(c)!);
  for (const e of g.entities) {
    if (e.kind !== 'outcome') continue;
    let best = Infinity;
    for (const p of g.partOf.get(e.id) ?? []) best = Math.min(best, rank.get(p.credential) ?? Infinity);
    if (best < Infinity) home.set(e.id, best);
  }
  for (const e of g.entities) {
    if (e.kind !== 'skill' && e.kind !== 'assessment' && e.kind !== 'activity') continue;
    const votes = new Map<number, number>();
    for (const n of g.neighbours.get(e.id) ?? []) {
      const h = home.get(n);
      if (h !== undefined && g.byId.get(n)?.kind === 'outcome') votes.set(h, (votes.get(h) ?? 0) + 1);
    }
    let best: number | undefined;
    for (const [h, v] of votes) if (best === undefined || v > votes.get(best)! || (v === votes.get(best)! && h < best)) best = h;
    if (best !== undefined) home.set(e.id, best);
  }
  const sections: Section[] = credentials.map((c) => ({ credential: c, members: [] }));
  const loose: Section = { credential: undefined, members: [] };
  for (const e of g.entities) {
    if (e.kind === 'program') continue;
    const h = home.get(e.id);
    (h === undefined ? loose : sections[h]!).members.push(e);
  }
  return loose.members.length ? [...sections, loose] : sections;
}
