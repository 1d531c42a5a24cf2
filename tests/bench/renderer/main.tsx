import { createRoot } from 'react-dom/client';
import type { McredDocument } from '../../../shared/model';
import '../../../renderer/src/styles.css';
import { panByDragging, whenDrawn } from './pageHooks';
import { OursView } from './OursView';
import { PlainView } from './PlainView';

/**
 * The renderer bench page: `?mode=ours` mounts the app's canvas, `?mode=plain` a plain React
 * Flow with default nodes; both draw /map.json (a generated map written by the driver).
 */
async function start(): Promise<void> {
  const mode = new URLSearchParams(location.search).get('mode') === 'plain' ? 'plain' : 'ours';
  const doc = (await (await fetch('./map.json')).json()) as McredDocument;
  const count = Object.keys(doc.entities).length;
  window.__bench = { mode, nodes: count };
  window.__pan = panByDragging;
  const root = createRoot(document.getElementById('root')!);
  const t0 = performance.now();
  root.render(mode === 'plain' ? <PlainView doc={doc} /> : <OursView doc={doc} />);
  await whenDrawn(count);
  window.__bench.firstRender = performance.now() - t0;
}

void start();
