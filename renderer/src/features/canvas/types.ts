import type { Edge, Node } from '@xyflow/react';
import type { Entity, EntityKind, Link } from '../../../../shared/model';
import type { Suggestion } from '../../../../shared/suggest';

/** What a node carries: the entity record itself (immutable, so a changed record is a new node). */
export type EntityNodeData = { entity: Entity };
export type EntityNode = Node<EntityNodeData, EntityKind>;

/** `suggestion`: a dashed suggested link (Show Suggested Links), not a link of the map. */
export type LinkEdgeData = { link: Link; suggestion?: Suggestion };
export type LinkEdge = Edge<LinkEdgeData, 'link'>;

/** The entity of a node, narrowed to its kind (for the per-kind node components). */
export type EntityNodeOf<K extends EntityKind> = Node<{ entity: Extract<Entity, { kind: K }> } & Record<string, unknown>, K>;
