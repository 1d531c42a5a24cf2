import { useCallback, useMemo, useState } from 'react';
import { autoLayout } from '../../../../shared/layout';
import type { Id, McredDocument, Position } from '../../../../shared/model';
import { useDoc, useSelection, useSession } from '../../store';
import type { SessionState } from '../../store';
import { deriveEdges, deriveNodes } from './derive';
import { credentialNeighbourhood } from './neighbourhood';

const selectDoc = (d: McredDocument) => d;
const selectFocusCredential = (s: SessionState) => s.focusCredential;
const NO_POSITIONS: Readonly<Record<Id, Position>> = {};
export const NO_DRAG: ReadonlyMap<Id, Position> = new Map();

function fallbackPositions(entities: McredDocument['entities'], links: McredDocument['links'], layout: McredDocument['layout']) {
  for (const id in entities) if (!layout[id]) return autoLayout({ entities, links });
  return NO_POSITIONS;
}

function subsetLayout(entities: McredDocument['entities'], links: McredDocument['links'], ids: ReadonlySet<Id>) {
  const sub: Pick<McredDocument, 'entities' | 'links'> = { entities: {}, links: {} };
  for (const id of ids) if (entities[id]) sub.entities[id] = entities[id];
  for (const id in links) if (ids.has(links[id]!.from) && ids.has(links[id]!.to)) sub.links[id] = links[id]!;
  return autoLayout(sub);
}

/**
 * The canvas's view of the document: nodes and edges derived from it (cached per record),
 * the focus-mode filter, and positions of nodes mid-drag (session-only until drag stop).
 */
export function useCanvasModel() {
  const doc = useDoc(selectDoc);
  const selection = useSelection();
  const focusCredential = useSession(selectFocusCredential);
  const [dragging, setDragging] = useState<ReadonlyMap<Id, Position>>(NO_DRAG);
  const { entities, links, layout } = doc;

  const selected = useMemo(() => new Set(selection), [selection]);
  // Entities without a saved position (e.g. imported) get one from the auto-layout, for display only.
  const fallback = useMemo(() => fallbackPositions(entities, links, layout), [entities, links, layout]);
  const visible = useMemo(
    () => (focusCredential && entities[focusCredential] ? credentialNeighbourhood({ entities, links }, focusCredential) : undefined),
    [entities, links, focusCredential],
  );
  // Focus mode arranges the neighbourhood on its own, compactly; the map's saved layout is untouched.
  const focusLayout = useMemo(() => (visible ? subsetLayout(entities, links, visible) : undefined), [entities, links, visible]);
  const shownLayout = focusLayout ?? layout;
  const nodes = useMemo(
    () => deriveNodes({ entities, links, layout: shownLayout, fallback, selected, dragging, visible }),
    [entities, links, shownLayout, fallback, selected, dragging, visible],
  );
  const positionOf = useCallback((id: Id): Position | undefined => shownLayout[id] ?? fallback[id], [shownLayout, fallback]);
  const edges = useMemo(() => deriveEdges({ links, selected, visible }), [links, selected, visible]);
  return { doc, nodes, edges, visible, focusCredential, positionOf, setDragging };
}
