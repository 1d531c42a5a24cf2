import { LINK_RULES, type EntityKind, type LinkKind } from '../../model';

/** How many of each entity kind a generated map has. */
export type EntityCounts = Record<EntityKind, number>;
export type LinkCounts = Record<LinkKind, number>;

/** An institution-scale map: 7,220 entities. */
export const INSTITUTION_COUNTS: Readonly<EntityCounts> = {
  skill: 2_000,
  outcome: 3_000,
  assessment: 1_000,
  activity: 1_000,
  credential: 200,
  program: 20,
};
/** ~12,000 links at institution scale. */
export const INSTITUTION_LINKS = 12_000;

const INSTITUTION_TOTAL = Object.values(INSTITUTION_COUNTS).reduce((a, b) => a + b, 0);

/** Shares of each link kind (they sum to 1): roughly 15 outcomes per credential, each in one. */
const LINK_SHARES: Readonly<LinkCounts> = {
  addresses: 0.34,
  'part-of': 0.25,
  'assessed-by': 0.24,
  develops: 0.14,
  'stacks-into': 0.017,
  requires: 0.013,
};

/** Splits `total` into integer parts in proportion to `weights`, summing exactly (largest remainder). */
export function apportion<K extends string>(total: number, weights: Readonly<Record<K, number>>): Record<K, number> {
  const keys = Object.keys(weights) as K[];
  const sum = keys.reduce((a, k) => a + weights[k], 0);
  const out = {} as Record<K, number>;
  if (sum <= 0) {
    for (const k of keys) out[k] = 0;
    return out;
  }
  const rema: { k: K; r: number }[] = [];
  let given = 0;
  for (const k of keys) {
    const exact = (total * weights[k]) / sum;
    out[k] = Math.floor(exact);
    given += out[k];
    rema.push({ k, r: exact - out[k] });
  }
  rema.sort((a, b) => b.r - a.r || keys.indexOf(a.k) - keys.indexOf(b.k));
  for (let i = 0; given < total; i = (i + 1) % rema.length, given++) out[rema[i]!.k]++;
  return out;
}

/**
 * Entity counts for a map of `entities` entities in institution proportions
 * (`scaleCounts(10_000)`: 2,770 skills, 4,155 outcomes, … summing to exactly 10,000).
 */
export function scaleCounts(entities: number): EntityCounts {
  return apportion(entities, INSTITUTION_COUNTS);
}

/** The default number of links for a map with these entities, in institution proportion. */
export function defaultLinkCount(counts: Readonly<EntityCounts>): number {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return Math.min(Math.round((total * INSTITUTION_LINKS) / INSTITUTION_TOTAL), linkCapacity(counts));
}

/** How many distinct links of `kind` these entity counts allow. */
export function kindCapacity(kind: LinkKind, counts: Readonly<EntityCounts>): number {
  const { from, to } = LINK_RULES[kind];
  if (from === to) return (counts[from] * (counts[from] - 1)) / 2; // acyclic: only towards lower indexes
  return counts[from] * counts[to];
}

export function linkCapacity(counts: Readonly<EntityCounts>): number {
  return (Object.keys(LINK_SHARES) as LinkKind[]).reduce((a, k) => a + kindCapacity(k, counts), 0);
}

/**
 * Splits `links` among the six kinds by their usual shares, moving whatever a kind
 * cannot hold (too few endpoints) to the kinds that can. Throws if the map cannot hold them.
 */
export function linkQuotas(links: number, counts: Readonly<EntityCounts>): LinkCounts {
  const capacity = linkCapacity(counts);
  if (links > capacity) {
    throw new RangeError(`${links} links do not fit: these entity counts allow at most ${capacity} distinct links without a prerequisite cycle`);
  }
  const kinds = Object.keys(LINK_SHARES) as LinkKind[];
  const quotas = {} as LinkCounts;
  for (const k of kinds) quotas[k] = 0;
  let left = links;
  let open = kinds.filter((k) => kindCapacity(k, counts) > 0);
  while (left > 0 && open.length) {
    const weights = {} as Record<LinkKind, number>;
    for (const k of open) weights[k] = LINK_SHARES[k];
    const share = apportion(left, weights);
    left = 0;
    for (const k of open) {
      const room = kindCapacity(k, counts) - quotas[k];
      const add = Math.min(share[k], room);
      quotas[k] += add;
      left += share[k] - add;
    }
    open = open.filter((k) => kindCapacity(k, counts) > quotas[k]);
  }
  return quotas;
}
