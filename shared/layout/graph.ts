import { entityLabel, type Entity, type Id, type McredDocument } from '../model';

/** What the layout reads from a document: its entities and links. */
export type LayoutInput = Pick<McredDocument, 'entities' | 'links'>;

/** Undirected neighbours of every entity, and the entities in a content-based order. */
export interface LayoutGraph {
  /** Entities sorted by id: the deterministic starting order. */
  entities: Entity[];
  byId: Map<Id, Entity>;
  neighbours: Map<Id, Id[]>;
  /** credential → credentials it requires. */
  requires: Map<Id, Id[]>;
  /** credential → programs it stacks into. */
  stacksInto: Map<Id, Id[]>;
  /** outcome → credentials it is part of, with the outcome's position in each list. */
  partOf: Map<Id, { credential: Id; order: number | undefined }[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildGraph(doc: LayoutInput): LayoutGraph {
  const ids = Object.keys(doc.entities).sort();
  const entities = ids.map((id) => doc.entities[id]!);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const neighbours = new Map<Id, Id[]>();
  const requires = new Map<Id, Id[]>();
  const stacksInto = new Map<Id, Id[]>();
  const partOf = new Map<Id, { credential: Id; order: number | undefined }[]>();
  for (const linkId of Object.keys(doc.links).sort()) {
    const l = doc.links[linkId]!;
    if (!byId.has(l.from) || !byId.has(l.to)) continue;
    push(neighbours, l.from, l.to);
    push(neighbours, l.to, l.from);
    if (l.kind === 'requires') push(requires, l.from, l.to);
    else if (l.kind === 'stacks-into') push(stacksInto, l.from, l.to);
    else if (l.kind === 'part-of') push(partOf, l.from, { credential: l.to, order: l.order });
  }
  return { entities, byId, neighbours, requires, stacksInto, partOf };
}

/** Orders entities by what a person reads (label), then id, so equal titles stay stable. */
export function byLabel(a: Entity, b: Entity): number {
  const la = entityLabel(a);
  const lb = entityLabel(b);
  return la < lb ? -1 : la > lb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
