import { LINK_RULES, type Credential, type EntityKind, type Id, type Link, type LinkKind } from '../../model';
import type { EntityCounts, LinkCounts } from './counts';
import type { Rng } from './prng';

/**
 * Links drawn the way a real map clusters: every outcome, assessment, activity and skill
 * has a *home* credential (contiguous blocks by index), and links mostly stay inside it.
 * No duplicate kind/from/to; `requires` only points to a credential of lower index, so
 * prerequisites can never form a cycle.
 */

export interface LinkInput {
  rng: Rng;
  counts: Readonly<EntityCounts>;
  quotas: Readonly<LinkCounts>;
  ids: Readonly<Record<EntityKind, readonly Id[]>>;
  credentials: readonly Credential[];
  newId: () => Id;
}

/** The credential that item `i` of `n` belongs to, in blocks (or -1 when there are none). */
export function homeOf(i: number, n: number, credentials: number): number {
  return credentials > 0 ? Math.floor((i * credentials) / n) : -1;
}

/** Indexes [start, end) of the `n` items whose home is credential `c`. */
export function blockOf(c: number, n: number, credentials: number): [number, number] {
  return [Math.ceil((c * n) / credentials), Math.ceil(((c + 1) * n) / credentials)];
}

type Proposal = (k: number) => readonly [number, number];

export function generateLinks(input: LinkInput): Link[] {
  const { rng, counts, quotas, ids, credentials, newId } = input;
  const C = counts.credential;
  const O = counts.outcome;
  const P = counts.program;
  /** A random item of kind `n`-sized list near credential `c`'s block, else anywhere. */
  const near = (c: number, n: number, p: number): number => {
    if (c >= 0 && rng.chance(p)) {
      const [s, e] = blockOf(c, n, C);
      if (e > s) return s + rng.int(e - s);
    }
    return rng.int(n);
  };
  const programOf = (c: number) => (P > 0 ? Math.floor((c * P) / Math.max(C, 1)) : 0);
  const proposals: Record<LinkKind, Proposal> = {
    addresses: (k) => {
      const o = k % O;
      return [near(homeOf(o, O, C), counts.skill, 0.85), o];
    },
    'part-of': (k) => {
      const o = k % O;
      return [o, k < O && C > 0 ? homeOf(o, O, C) : rng.int(C)];
    },
    'assessed-by': (k) => {
      const o = k % O;
      return [o, near(homeOf(o, O, C), counts.assessment, 0.95)];
    },
    develops: (k) => {
      const o = k % O;
      return [near(homeOf(o, O, C), counts.activity, 0.95), o];
    },
    'stacks-into': (k) => {
      const c = k % C;
      return [c, k < C ? programOf(c) : rng.int(P)];
    },
    requires: () => {
      const from = 1 + rng.int(C - 1);
      return [from, Math.max(0, from - 1 - rng.int(Math.min(from, 6)))];
    },
  };

  const order = new Map<number, number>();
  const links: Link[] = [];
  for (const kind of Object.keys(proposals) as LinkKind[]) {
    const { from, to } = LINK_RULES[kind];
    const pairs = choosePairs(rng, quotas[kind], counts[from], counts[to], from === to, proposals[kind]);
    for (let i = 0; i < pairs.length; i += 2) {
      const f = pairs[i]!;
      const t = pairs[i + 1]!;
      const base = { id: newId(), from: ids[from][f]!, to: ids[to][t]! };
      switch (kind) {
        case 'addresses':
          links.push({ ...base, kind, level: rng.weighted(['introduced', 'reinforced', 'mastered'] as const, [4, 3, 2]) });
          break;
        case 'part-of': {
          const n = (order.get(t) ?? 0) + 1;
          order.set(t, n);
          links.push({ ...base, kind, order: n });
          break;
        }
        case 'stacks-into': {
          const credits = credentials[f]?.credits?.value;
          links.push(credits === undefined ? { ...base, kind } : { ...base, kind, creditsRecognised: credits });
          break;
        }
        default:
          links.push({ ...base, kind });
      }
    }
  }
  return links;
}

/**
 * `q` distinct (from, to) index pairs, flattened. Sparse quotas use the proposal with
 * rejection (falling back to uniform picks); dense ones enumerate and shuffle.
 * `ordered` pairs (a kind joining a kind to itself) always have to < from.
 */
function choosePairs(rng: Rng, q: number, nFrom: number, nTo: number, ordered: boolean, propose: Proposal): number[] {
  if (q <= 0) return [];
  const capacity = ordered ? (nFrom * (nFrom - 1)) / 2 : nFrom * nTo;
  if (q > capacity) throw new RangeError(`cannot draw ${q} distinct links from ${capacity} possible`);
  if (q * 2 > capacity) return densePairs(rng, q, nFrom, nTo, ordered);
  const seen = new Set<number>();
  const out: number[] = [];
  for (let k = 0; k < q; k++) {
    let [f, t] = propose(k);
    for (let attempt = 1; (ordered && t >= f) || seen.has(f * nTo + t); attempt++) {
      if (attempt < 8) [f, t] = propose(k);
      else if (ordered) {
        f = 1 + rng.int(nFrom - 1);
        t = rng.int(f);
      } else {
        f = rng.int(nFrom);
        t = rng.int(nTo);
      }
    }
    seen.add(f * nTo + t);
    out.push(f, t);
  }
  return out;
}

function densePairs(rng: Rng, q: number, nFrom: number, nTo: number, ordered: boolean): number[] {
  const all: number[] = [];
  for (let f = 0; f < nFrom; f++) for (let t = 0; t < (ordered ? f : nTo); t++) all.push(f * nTo + t);
  for (let i = 0; i < q; i++) {
    const j = i + rng.int(all.length - i);
    const tmp = all[i]!;
    all[i] = all[j]!;
    all[j] = tmp;
  }
  const out: number[] = [];
  for (let i = 0; i < q; i++) out.push(Math.floor(all[i]! / nTo), all[i]! % nTo);
  return out;
}
