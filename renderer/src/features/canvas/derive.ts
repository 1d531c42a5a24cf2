import { entityLabel, type Entity, type Id, type Link, type Position } from '../../../../shared/model';
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

const KIND_NAME: Record<Entity['kind'], string> = { skill: 'Skill requirement', outcome: 'Learning outcome', assessment: 'Assessment', activity: 'Learning activity', credential: 'Micro-credential', program: 'Program' };

/** What a screen reader says for a node: its kind, code and title ("Learning outcome LO2: Configure…"). */
export function nodeName(entity: Entity): string {
  const code = entity.kind === 'outcome' || entity.kind === 'credential' ? entity.code : undefined;
  return `${KIND_NAME[entity.kind]}${code ? ` ${code}` : ''}: ${entityLabel(entity)}`;
}

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
    ariaLabel: nodeName(entity),
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

/**
 * The nodes in visual order, which is also the Tab order: column by column from the left
 * (a column is a band one node wide), top to bottom within a column.
 */
export function deriveNodes(input: DeriveInput): EntityNode[] {
  const out: EntityNode[] = [];
  for (const id in input.entities) {
    if (input.visible && !input.visible.has(id)) continue;
    const position = input.dragging.get(id) ?? input.layout[id] ?? input.fallback[id] ?? ORIGIN;
    out.push(entityNode(input.entities[id]!, position, input.selected.has(id)));
  }
  const column = (n: EntityNode) => Math.floor((n.position.x + NODE_WIDTH / 2) / NODE_WIDTH);
  return out.sort((a, b) => column(a) - column(b) || a.position.y - b.position.y || a.position.x - b.position.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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
