import type { Entity, Id, Link, Position } from '../../../../shared/model';
import { LINK_SIDES, NODE_HANDLES, NODE_HEIGHT, NODE_WIDTH } from './geometry';
import type { EntityNode, LinkEdge } from './types';

/**
 * Nodes and edges are derived from the document, one cached object per record: a record
 * that did not change (same immutable object, same position, same selection) yields the
 * very same node object, so React Flow re-renders only the nodes whose record changed.
 */

interface NodeEntry {
  position: Position;
  selected: boolean;
  node: EntityNode;
}
const nodeCache = new WeakMap<Entity, NodeEntry>();

const MEASURED = { width: NODE_WIDTH, height: NODE_HEIGHT };

export function entityNode(entity: Entity, position: Position, selected: boolean): EntityNode {
  const hit = nodeCache.get(entity);
  if (hit && hit.position === position && hit.selected === selected) return hit.node;
  const node: EntityNode = {
    id: entity.id,
    type: entity.kind,
    position,
    data: { entity },
    selected,
    width: NODE_WIDTH,
    height: NODE_HEIGHT,
    measured: MEASURED,
    handles: NODE_HANDLES,
  };
  nodeCache.set(entity, { position, selected, node });
  return node;
}

interface EdgeEntry {
  selected: boolean;
  edge: LinkEdge;
}
const edgeCache = new WeakMap<Link, EdgeEntry>();

export function linkEdge(link: Link, selected: boolean): LinkEdge {
  const hit = edgeCache.get(link);
  if (hit && hit.selected === selected) return hit.edge;
  const sides = LINK_SIDES[link.kind];
  const edge: LinkEdge = {
    id: link.id,
    type: 'link',
    source: link.from,
    target: link.to,
    sourceHandle: sides.from,
    targetHandle: sides.to,
    data: { link },
    selected,
  };
  edgeCache.set(link, { selected, edge });
  return edge;
}

export interface DeriveInput {
  entities: Readonly<Record<Id, Entity>>;
  links: Readonly<Record<Id, Link>>;
  layout: Readonly<Record<Id, Position>>;
  /** Positions for entities the document has not placed yet. */
  fallback: Readonly<Record<Id, Position>>;
  selected: ReadonlySet<string>;
  /** Positions of nodes being dragged, not yet committed. */
  dragging: ReadonlyMap<Id, Position>;
  /** Only these entities are shown (focus mode); all when undefined. */
  visible: ReadonlySet<Id> | undefined;
}

const ORIGIN: Position = { x: 0, y: 0 };

export function deriveNodes(input: DeriveInput): EntityNode[] {
  const out: EntityNode[] = [];
  for (const id in input.entities) {
    if (input.visible && !input.visible.has(id)) continue;
    const position = input.dragging.get(id) ?? input.layout[id] ?? input.fallback[id] ?? ORIGIN;
    out.push(entityNode(input.entities[id]!, position, input.selected.has(id)));
  }
  return out;
}

export function deriveEdges(input: Pick<DeriveInput, 'links' | 'selected' | 'visible'>): LinkEdge[] {
  const out: LinkEdge[] = [];
  for (const id in input.links) {
    const link = input.links[id]!;
    if (input.visible && (!input.visible.has(link.from) || !input.visible.has(link.to))) continue;
    out.push(linkEdge(link, input.selected.has(id)));
  }
  return out;
}
