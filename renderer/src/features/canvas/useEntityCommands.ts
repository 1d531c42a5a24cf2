import { useReactFlow } from '@xyflow/react';
import { useCallback, useRef, type RefObject } from 'react';
import type { EntityKind, Id, Position } from '../../../../shared/model';
import { useDocumentStore, useSessionStore } from '../../store';
import { reported, reportError } from '../files/reportError';
import { copyContent, parseClipboard, planPaste, type ClipboardContent } from './clipboard';
import { NODE_HEIGHT, NODE_WIDTH } from './geometry';
import { KIND_LABEL } from './icons';
import { newEntity, secureRandom } from './newEntity';
import { columnSpot, freeSpot } from './placement';

const PASTE_STEP = 40;

/**
 * Create, delete, copy and paste as document commands, each one undo step. `pane` is the
 * canvas element, for "the middle of what the user sees".
 */
export function useEntityCommands(pane: RefObject<HTMLElement | null>) {
  const store = useDocumentStore();
  const session = useSessionStore();
  const flow = useReactFlow();
  const clipboard = useRef<{ content: ClipboardContent; pastes: number } | undefined>(undefined);
  const steps = useRef(0);

  const viewCentre = useCallback((): Position => {
    const r = pane.current?.getBoundingClientRect();
    if (!r) return { x: 0, y: 0 };
    return flow.screenToFlowPosition({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
  }, [flow, pane]);

  const inView = useCallback(
    (p: Position) => {
      const r = pane.current?.getBoundingClientRect();
      if (!r) return true;
      const a = flow.flowToScreenPosition(p);
      const b = flow.flowToScreenPosition({ x: p.x + NODE_WIDTH, y: p.y + NODE_HEIGHT });
      return a.x >= r.left && a.y >= r.top && b.x <= r.right && b.y <= r.bottom;
    },
    [flow, pane],
  );

  /** Its column when that is on screen; otherwise the middle of the view, so the view never jumps. */
  const spotFor = useCallback(
    (kind: EntityKind): Position => {
      const layout = store.getState().doc.layout;
      const centre = viewCentre();
      const column = columnSpot(layout, kind, centre);
      return inView(column) ? column : freeSpot(layout, { x: centre.x - NODE_WIDTH / 2, y: centre.y - NODE_HEIGHT / 2 });
    },
    [store, viewCentre, inView],
  );

  /** Pans just enough to show a node, keeping the zoom. */
  const reveal = useCallback(
    (p: Position) => {
      if (!inView(p)) void flow.setCenter(p.x + NODE_WIDTH / 2, p.y + NODE_HEIGHT / 2, { zoom: flow.getZoom(), duration: 250 });
    },
    [flow, inView],
  );

  const create = useCallback(
    (kind: EntityKind, at?: Position): Id | undefined => {
      const doc = store.getState().doc;
      const entity = newEntity(kind);
      const position = at ? freeSpot(doc.layout, at) : spotFor(kind);
      const refusal = store.dispatch({ name: 'entity.create', payload: { entity, position } }, { label: `New ${KIND_LABEL[kind].toLowerCase()}` });
      if (refusal) return undefined;
      // A new entity belongs to no credential yet: leave focus mode so that it can be seen.
      if (session.getState().focusCredential) session.setFocusCredential(undefined);
      session.select([entity.id]);
      reveal(position);
      return entity.id;
    },
    [store, session, spotFor, reveal],
  );

  /** Deletes the selected entities (with their links) and selected links, as one step. */
  const deleteSelection = useCallback(() => {
    const doc = store.getState().doc;
    const ids = session.getState().selection;
    const entities = ids.filter((id) => doc.entities[id]);
    const gone = new Set(entities);
    const links = ids.filter((id) => {
      const l = doc.links[id];
      return l && !gone.has(l.from) && !gone.has(l.to);
    });
    const key = `delete:${++steps.current}`;
    if (entities.length) store.dispatch({ name: 'entity.delete', payload: { ids: entities } }, { label: 'Delete', coalesceKey: key });
    if (links.length) store.dispatch({ name: 'link.delete', payload: { ids: links } }, { label: 'Delete', coalesceKey: key });
    store.sealHistory();
    session.select([]);
  }, [store, session]);

  const copy = useCallback(() => {
    const doc = store.getState().doc;
    const content = copyContent(doc, session.getState().selection);
    if (!content) return;
    clipboard.current = { content, pastes: 0 };
    if (navigator.clipboard) reported(navigator.clipboard.writeText(JSON.stringify(content)), 'Could not put the copy on the system clipboard', { why: 'Paste in this window still uses the copy' });
  }, [store, session]);

  const pasteContent = useCallback(
    (content: ClipboardContent, pastes: number) => {
      const offset = (pastes + 1) * PASTE_STEP;
      const plan = planPaste(content, secureRandom, { x: offset, y: offset });
      const key = `paste:${++steps.current}`;
      for (const { entity, position } of plan.entities) store.dispatch({ name: 'entity.create', payload: { entity, position } }, { label: 'Paste', coalesceKey: key });
      for (const link of plan.links) store.dispatch({ name: 'link.create', payload: { link } }, { label: 'Paste', coalesceKey: key });
      store.sealHistory();
      if (session.getState().focusCredential) session.setFocusCredential(undefined);
      session.select(plan.entities.map((e) => e.entity.id));
    },
    [store, session],
  );

  const paste = useCallback(async () => {
    const held = clipboard.current;
    if (held) {
      pasteContent(held.content, held.pastes);
      held.pastes++;
      return;
    }
    let text: string | undefined;
    try {
      text = await navigator.clipboard?.readText();
    } catch (error) {
      // The browser may refuse to let the page read the clipboard; the user asked to paste, so they hear why nothing came.
      reportError('Could not read the system clipboard', error);
    }
    const content = text ? parseClipboard(text) : undefined;
    if (content) {
      clipboard.current = { content, pastes: 1 };
      pasteContent(content, 0);
    }
  }, [pasteContent]);

  return { create, deleteSelection, copy, paste, viewCentre, reveal };
}
