import type { EntityKind } from '../../model';
import { INSTITUTION_COUNTS, defaultLinkCount, scaleCounts, type EntityCounts } from './counts';

/** What `generateMap` is asked for. Every count is optional; see `resolveCounts` for defaults. */
export interface GenerateOptions {
  /** Same seed, same options ⇒ the same document, byte for byte. */
  seed: number;
  /** Total entities, split in institution proportions (explicit per-kind counts override). */
  entities?: number;
  skills?: number;
  outcomes?: number;
  assessments?: number;
  activities?: number;
  credentials?: number;
  programs?: number;
  /** All six kinds together; default ≈ 1.66 per entity (12,000 at institution scale). */
  links?: number;
  people?: number;
  comments?: number;
  endorsements?: number;
  /** Save records in the file's history. */
  saves?: number;
  /** Named snapshots of the final content (each repeats all entities and links in the file). */
  revisions?: number;
  /** Wall time of the first change stamp, ms since the epoch (default 2025-09-01T08:00Z). */
  startMs?: number;
}

/** The exact numbers a map generated with some options has. */
export interface ResolvedCounts extends EntityCounts {
  links: number;
  people: number;
  comments: number;
  endorsements: number;
  saves: number;
  revisions: number;
}

const PER_KIND: Record<EntityKind, keyof GenerateOptions> = {
  skill: 'skills',
  outcome: 'outcomes',
  assessment: 'assessments',
  activity: 'activities',
  credential: 'credentials',
  program: 'programs',
};

function count(options: GenerateOptions, key: keyof GenerateOptions): number | undefined {
  const v = options[key];
  if (v === undefined) return undefined;
  if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`${key} must be a whole number ≥ 0, not ${v}`);
  return v;
}

/** The counts `generateMap(options)` will produce (throws RangeError on impossible options). */
export function resolveCounts(options: GenerateOptions): ResolvedCounts {
  const total = count(options, 'entities');
  const base = total === undefined ? INSTITUTION_COUNTS : scaleCounts(total);
  const entities = {} as EntityCounts;
  for (const kind of Object.keys(PER_KIND) as EntityKind[]) entities[kind] = count(options, PER_KIND[kind]) ?? base[kind];
  const sum = Object.values(entities).reduce((a, b) => a + b, 0);
  const people = count(options, 'people') ?? 6;
  const canComment = people > 0 && sum > 0;
  const canEndorse = people > 0 && entities.skill + entities.credential > 0;
  const resolved: ResolvedCounts = {
    ...entities,
    links: count(options, 'links') ?? defaultLinkCount(entities),
    people,
    comments: count(options, 'comments') ?? (canComment ? Math.round(sum / 50) : 0),
    endorsements: count(options, 'endorsements') ?? (canEndorse ? Math.round(sum / 60) : 0),
    saves: count(options, 'saves') ?? 3,
    revisions: count(options, 'revisions') ?? 0,
  };
  if (resolved.comments > 0 && !canComment) throw new RangeError('comments need at least one person and one entity');
  if (resolved.endorsements > 0 && !canEndorse) throw new RangeError('endorsements need at least one person and a skill or credential');
  if (resolved.revisions > 0 && people === 0) throw new RangeError('revisions need at least one person (their author)');
  return resolved;
}
