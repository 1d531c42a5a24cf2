import { LINK_KINDS, type Endorsement, type Link, type LinkKind, type LinkOfKind, type McredDocument } from '../model';

/**
 * The empty list. Not frozen: a frozen array has an elements kind of its own, and a loop
 * that meets both kinds can no longer be optimised down to plain indexing, so every
 * `for … of` over a list would allocate an iterator.
 */
const NONE: readonly never[] = [];

/** One kind of link seen from one end: entity id → its links of that kind, never empty. */
type Ends = Map<string, Link[]>;
const endsByKind = (): Readonly<Record<LinkKind, Ends>> => Object.fromEntries(LINK_KINDS.map((k) => [k, new Map()])) as Record<LinkKind, Ends>;

/** Adds `l` to the links at end `id`. */
function addTo(ends: Ends, id: string, l: Link): void {
  const list = ends.get(id);
  if (list) list.push(l);
  else ends.set(id, [l]);
}

/** Removes `l` from the list of `id`, and the list itself once it is empty. */
function removeFrom(ends: Ends, id: string, l: Link): void {
  const list = ends.get(id);
  if (!list) return;
  const i = list.findIndex((x) => x.id === l.id);
  if (i < 0) return;
  if (list.length === 1) ends.delete(id);
  else list.splice(i, 1);
}

function removeById<T extends { id: string }>(list: T[] | undefined, id: string): void {
  if (!list) return;
  const i = list.findIndex((x) => x.id === id);
  if (i >= 0) list.splice(i, 1);
}

/**
 * The index rules read through: links by end and kind, endorsements by target and person,
 * the credential ids. Built in one pass over the links, then kept up to date record by
 * record after an edit (`update`), so an incremental re-check never pays for a rebuild.
 * Records themselves are read from the document, never copied here.
 */
export class MapGraph {
  /**
   * Links by kind, from each end. One map per kind and direction rather than one record of
   * twelve lists per entity: an entity has links of only a few kinds, so this holds just
   * the lists that exist.
   */
  private readonly out = endsByKind();
  private readonly in = endsByKind();
  private readonly endorsementsOf = new Map<string, Endorsement[]>();
  private readonly endorsementsBy = new Map<string, Endorsement[]>();
  /** Ids of the map's credentials (filled by the engine's pass over the entities, then kept by `update`). */
  readonly credentials = new Set<string>();
  /** The `requires` links, for cycle detection. */
  readonly requires = new Map<string, Link>();

  /** Indexes `doc`. */
  static build(doc: McredDocument): MapGraph {
    const g = new MapGraph();
    for (const id in doc.links) g.addLink(doc.links[id]!);
    for (const id in doc.endorsements) g.addEndorsement(doc.endorsements[id]!);
    return g;
  }

  /** Links of `kind` starting at entity `id`. */
  from<K extends LinkKind>(id: string, kind: K): readonly LinkOfKind<K>[] {
    return (this.out[kind].get(id) ?? NONE) as readonly LinkOfKind<K>[];
  }

  /** Links of `kind` ending at entity `id`. */
  to<K extends LinkKind>(id: string, kind: K): readonly LinkOfKind<K>[] {
    return (this.in[kind].get(id) ?? NONE) as readonly LinkOfKind<K>[];
  }

  /** Every link of `kind`, as lists by start entity (in no particular order). */
  byStart<K extends LinkKind>(kind: K): Iterable<readonly LinkOfKind<K>[]> {
    return this.out[kind].values() as Iterable<LinkOfKind<K>[]>;
  }

  /** Every link touching entity `id`, whatever its kind or direction. */
  incident(id: string): Link[] {
    const all: Link[] = [];
    for (const k of LINK_KINDS) all.push(...this.from(id, k));
    for (const k of LINK_KINDS) all.push(...this.to(id, k));
    return all;
  }

  endorsementsOfTarget(id: string): readonly Endorsement[] {
    return this.endorsementsOf.get(id) ?? NONE;
  }

  endorsementsByPerson(id: string): readonly Endorsement[] {
    return this.endorsementsBy.get(id) ?? NONE;
  }

  /**
   * Brings the index from `before` (the document it was built or last updated for) to
   * `after`, for the records named in `ids` (entities, links, endorsements).
   */
  update(before: McredDocument, after: McredDocument, ids: Iterable<string>): void {
    for (const id of ids) {
      if (after.entities[id]?.kind === 'credential') this.credentials.add(id);
      else this.credentials.delete(id);
      const oldLink = before.links[id];
      const link = after.links[id];
      if (oldLink !== link) {
        if (oldLink) this.removeLink(oldLink);
        if (link) this.addLink(link);
      }
      const oldEndorsement = before.endorsements[id];
      const endorsement = after.endorsements[id];
      if (oldEndorsement !== endorsement) {
        if (oldEndorsement) this.removeEndorsement(oldEndorsement);
        if (endorsement) this.addEndorsement(endorsement);
      }
    }
  }

  private addLink(l: Link): void {
    addTo(this.out[l.kind], l.from, l);
    addTo(this.in[l.kind], l.to, l);
    if (l.kind === 'requires') this.requires.set(l.id, l);
  }

  private removeLink(l: Link): void {
    removeFrom(this.out[l.kind], l.from, l);
    removeFrom(this.in[l.kind], l.to, l);
    this.requires.delete(l.id);
  }

  private addEndorsement(e: Endorsement): void {
    for (const [map, key] of [
      [this.endorsementsOf, e.target],
      [this.endorsementsBy, e.person],
    ] as const) {
      const list = map.get(key);
      if (list) list.push(e);
      else map.set(key, [e]);
    }
  }

  private removeEndorsement(e: Endorsement): void {
    removeById(this.endorsementsOf.get(e.target), e.id);
    removeById(this.endorsementsBy.get(e.person), e.id);
  }
}
