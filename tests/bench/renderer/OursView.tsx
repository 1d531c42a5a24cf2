import { useState } from 'react';
import type { McredDocument } from '../../../shared/model';
import { Canvas } from '../../../renderer/src/features/canvas/Canvas';
import { nodeRenderCount } from './profiledNodes';
import { DocumentStore, DocumentStoreContext, SessionStore, SessionStoreContext } from '../../../renderer/src/store';
import { nextFrame, timeToPaint } from './pageHooks';

/** Our canvas, exactly as the app mounts it, on a document store of the same graph. */
export function OursView({ doc }: { doc: McredDocument }) {
  const [store] = useState(() => new DocumentStore(doc, 'pe_bench', 'bench001'));
  const [session] = useState(() => new SessionStore());
  if (window.__bench && !window.__bench.editOne) {
    window.__bench.editOne = async () => {
      const d = store.getState().doc;
      const id = Object.keys(d.entities)[0]!;
      const e = d.entities[id]!;
      const field = e.kind === 'skill' || e.kind === 'outcome' ? 'statement' : 'title';
      await nextFrame();
      const before = nodeRenderCount();
      store.dispatch({ name: 'entity.update', payload: { id, changes: { [field]: `Edited for the bench ${before}` } } });
      await nextFrame();
      await nextFrame();
      return nodeRenderCount() - before;
    };
  }
  if (window.__bench && !window.__bench.keystroke) {
    let n = 0;
    window.__bench.keystroke = () => {
      const d = store.getState().doc;
      const ids = Object.keys(d.entities);
      const id = ids[n % ids.length]!;
      const field = d.entities[id]!.kind === 'skill' || d.entities[id]!.kind === 'outcome' ? 'statement' : 'title';
      n++;
      return timeToPaint(() => store.dispatch({ name: 'entity.update', payload: { id, changes: { [field]: `Edited for the bench ${n}` } } }, { coalesceKey: `bench:${id}` }));
    };
  }
  return (
    <DocumentStoreContext.Provider value={store}>
      <SessionStoreContext.Provider value={session}>
        <Canvas />
      </SessionStoreContext.Provider>
    </DocumentStoreContext.Provider>
  );
}
