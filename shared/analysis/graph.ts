import { LINK_KINDS, type Endorsement, type EntityKind, type Link, type LinkKind, type LinkOfKind, type McredDocument } from '../model';

const NONE: readonly never[] = Object.freeze([]);

type Adjacency = Record<LinkKind, Map<string, Link[]>>;

function emptyAdjacency(): Adjacency {
  return Object.fromEntries(LINK_KINDS.map((k) => [k, new Map<string, Link[]>()])) as Adjacency;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function remove<T extends { id: string }>(map: Map<string, T[]>, key: string, id: string): void {
  const list = map.get(key);
  if (!list) return;
  const i = list.findIndex((x) => x.id === id);
  if (i >= 0) list.splice(i, 1);
  if (!list.length) map.delete(key);
}

/**
 * The index every rule reads through: links by kind and end, entity ids by kind,
 * endorsements by target and person. Built once per full run in one pass over the map,
 * then kept up to date record by record after an edit (`update`), so an incremental
 * re-check never pays for a rebuild. Holds the record objects it indexed, so it can still
 * answer for the state before an edit until `update` is called.
 */
export class MapGraph {
  private readonly out = emptyAdjacency();
  private readonly into = emptyAdjacency();
  private readonly links = new Map<string, Link>();
  private readonly kinds = new Map<string, EntityKind>();
  private readonly endorsements = new Map<string, Endorsement>();
  private readonly endorsementsOf = new Map<string, Endorsement[]>();
  private readonly endorsementsBy = new Map<string, Endorsement[]>();
  /** Entity ids by kind. */
  readonly ids: Readonly<Record<EntityKind, Set<string>>> = {
    skill: new Set(),
    outcome: new Set(),
    assessment: new Set(),
    activity: new Set(),
    credential: new Set(),
    program: new Set(),
  };
  /** The `requires` links, for cycle detection. */
  readonly requires = new Map<string, Link>();

  static build(doc: McredDocument): MapGraph {
    const g = new MapGraph();
    for (const id in doc.entities) g.addEntity(id, doc.entities[id]!.kind);
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
    return (this.into[kind].get(id) ?? NONE) as readonly LinkOfKind<K>[];
  }

  /** Every link touching entity `id`, whatever its kind or direction. */
  incident(id: string): Link[] {
    const all: Link[] = [];
    for (const k of LINK_KINDS) {
      const o = this.out[k].get(id);
      if (o) all.push(...o);
      const i = this.into[k].get(id);
      if (i) all.push(...i);
    }
    return all;
  }

  link(id: string): Link | undefined {
    return this.links.get(id);
  }

  kindOf(id: string): EntityKind | undefined {
    return this.kinds.get(id);
  }

  endorsement(id: string): Endorsement | undefined {
    return this.endorsements.get(id);
  }

  endorsementsOfTarget(id: string): readonly Endorsement[] {
    return this.endorsementsOf.get(id) ?? NONE;
  }

  endorsementsByPerson(id: string): readonly Endorsement[] {
    return this.endorsementsBy.get(id) ?? NONE;
  }

  /** Brings the index in line with `doc` for the records named in `ids` (entities, links, endorsements). */
  update(doc: McredDocument, ids: Iterable<string>): void {
    for (const id of ids) {
      const oldKind = this.kinds.get(id);
      const entity = doc.entities[id];
      if (oldKind !== entity?.kind) {
        if (oldKind) {
          this.kinds.delete(id);
          this.ids[oldKind].delete(id);
        }
        if (entity) this.addEntity(id, entity.kind);
      }
      const oldLink = this.links.get(id);
      const link = doc.links[id];
      if (oldLink !== link) {
        if (oldLink) this.removeLink(oldLink);
        if (link) this.addLink(link);
      }
      const oldEndorsement = this.endorsements.get(id);
      const endorsement = doc.endorsements[id];
      if (oldEndorsement !== endorsement) {
        if (oldEndorsement) this.removeEndorsement(oldEndorsement);
        if (endorsement) this.addEndorsement(endorsement);
      }
    }
  }

  private addEntity(id: string, kind: EntityKind): void {
    this.kinds.set(id, kind);
    this.ids[kind].add(id);
  }

  private addLink(l: Link): void {
    this.links.set(l.id, l);
    push(this.out[l.kind], l.from, l);
    push(this.into[l.kind], l.to, l);
    if (l.kind === 'requires') this.requires.set(l.id, l);
  }

  private removeLink(l: Link): void {
    this.links.delete(l.id);
    remove(this.out[l.kind], l.from, l.id);
    remove(this.into[l.kind], l.to, l.id);
    this.requires.delete(l.id);
  }

  private addEndorsement(e: Endorsement): void {
    this.endorsements.set(e.id, e);
    push(this.endorsementsOf, e.target, e);
    push(this.endorsementsBy, e.person, e);
  }

  private removeEndorsement(e: Endorsement): void {
    this.endorsements.delete(e.id);
    remove(this.endorsementsOf, e.target, e.id);
    remove(this.endorsementsBy, e.person, e.id);
  }
}
