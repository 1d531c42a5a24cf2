import type { Edge, Node } from '@xyflow/react';
import type { Entity, EntityKind, Link } from '../../../../shared/model';

/** What a node carries: the entity record itself (immutable, so a changed record is a new node). */
export type EntityNodeData = { entity: Entity };
export type EntityNode = Node<EntityNodeData, EntityKind>;

export type LinkEdgeData = { link: Link };
export type LinkEdge = Edge<LinkEdgeData, 'link'>;

/** The entity of a node, narrowed to its kind (for the per-kind node components). */
export type EntityNodeOf<K extends EntityKind> = Node<{ entity: Extract<Entity, { kind: K }> } & Record<string, unknown>, K>;
