import { LINK_KINDS, type Endorsement, type Link, type LinkKind, type LinkOfKind, type McredDocument } from '../model';

const NONE: readonly never[] = Object.freeze([]);
const KIND_INDEX = Object.fromEntries(LINK_KINDS.map((k, i) => [k, i])) as Record<LinkKind, number>;

/** An entity's links by kind: slot k holds outgoing links of `LINK_KINDS[k]`, slot 6 + k incoming ones. */
type Node = (Link[] | undefined)[];
const IN = LINK_KINDS.length;

const EMPTY_NODE: Node = Array.from({ length: 2 * IN }, () => undefined);
/** A node with every slot empty: a copy of one template, allocated at its exact size. */
const emptyNode = (): Node => EMPTY_NODE.slice();

/**
 * Adds `l` to slot `k`. A new list starts as `[l]`: most slots hold one link, and pushing
 * onto `[]` would reserve room for 17.
 */
function addTo(node: Node, k: number, l: Link): void {
  const list = node[k];
  if (list) list.push(l);
  else node[k] = [l];
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
  private readonly nodes = new Map<string, Node>();
  private readonly endorsementsOf = new Map<string, Endorsement[]>();
  private readonly endorsementsBy = new Map<string, Endorsement[]>();
  /** Ids of the map's credentials (filled by the engine's pass over the entities, then kept by `update`). */
  readonly credentials = new Set<string>();
  /** The `requires` links, for cycle detection. */
  readonly requires = new Map<string, Link>();
  /**
   * The last node read: rules and views ask for several kinds of links of one record in a
   * row, and each map lookup of a 10k-entry index is a cache miss or two. Nodes change in
   * place, so only creating or dropping one resets this.
   */
  private lastId: string | undefined;
  private lastNode: Node | undefined;

  /** Indexes `doc`; `visit` sees every link on the way (the full run collects those it checks). */
  static build(doc: McredDocument, visit?: (link: Link) => void): MapGraph {
    const g = new MapGraph();
    for (const id in doc.links) {
      const l = doc.links[id]!;
      g.addLink(l);
      visit?.(l);
    }
    for (const id in doc.endorsements) g.addEndorsement(doc.endorsements[id]!);
    return g;
  }

  /** Links of `kind` starting at entity `id`. */
  from<K extends LinkKind>(id: string, kind: K): readonly LinkOfKind<K>[] {
    return (this.nodeOf(id)?.[KIND_INDEX[kind]] ?? NONE) as readonly LinkOfKind<K>[];
  }

  /** Links of `kind` ending at entity `id`. */
  to<K extends LinkKind>(id: string, kind: K): readonly LinkOfKind<K>[] {
    return (this.nodeOf(id)?.[IN + KIND_INDEX[kind]] ?? NONE) as readonly LinkOfKind<K>[];
  }

  /** Every link touching entity `id`, whatever its kind or direction. */
  incident(id: string): Link[] {
    const node = this.nodeOf(id);
    const all: Link[] = [];
    if (!node) return all;
    for (const list of node) if (list) all.push(...list);
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
      const node = this.nodes.get(id);
      if (node && !after.entities[id] && node.every((l) => !l?.length)) this.dropNode(id);
    }
  }

  private nodeOf(id: string): Node | undefined {
    if (id !== this.lastId) {
      this.lastId = id;
      this.lastNode = this.nodes.get(id);
    }
    return this.lastNode;
  }

  private node(id: string): Node {
    let n = this.nodes.get(id);
    if (!n) {
      n = emptyNode();
      this.nodes.set(id, n);
      this.lastId = undefined;
    }
    return n;
  }

  private dropNode(id: string): void {
    this.nodes.delete(id);
    this.lastId = undefined;
  }

  private addLink(l: Link): void {
    const k = KIND_INDEX[l.kind];
    addTo(this.node(l.from), k, l);
    addTo(this.node(l.to), IN + k, l);
    if (l.kind === 'requires') this.requires.set(l.id, l);
  }

  private removeLink(l: Link): void {
    const k = KIND_INDEX[l.kind];
    removeById(this.nodes.get(l.from)?.[k], l.id);
    removeById(this.nodes.get(l.to)?.[IN + k], l.id);
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
