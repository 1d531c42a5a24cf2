/* A .tsx module so that only the page (DOM) program compiles it, not the Node side. */
/**
 * What the bench page exposes to the driver (tests/bench/figures/renderer.ts) on `window.__bench`.
 * Times are performance.now() milliseconds inside the page.
 */
export interface BenchHooks {
  mode: 'ours' | 'plain';
  /** Entities on the map. */
  nodes: number;
  /** From just before React renders to the first frame with the map fitted and every node drawn. */
  firstRender?: number;
  /** Ours only: edits one entity's title and returns how many node components rendered because of it. */
  editOne?(): Promise<number>;
  /** One keystroke's worth of change to one node's text, timed from the change to the next paint (ms). */
  keystroke?(): Promise<number>;
}

declare global {
  interface Window {
    __bench?: BenchHooks;
    /** Pans the view by dragging the pane for `ms` milliseconds and returns the frame intervals. */
    __pan?: (ms: number) => Promise<number[]>;
  }
}

export function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

/**
 * Runs `change` after a settled frame and resolves with the time from just before it to the
 * paint that shows it: the next animation frame (React has rendered by then) plus the
 * style, layout and paint work that follows it, which the task after that frame waits for.
 */
export async function timeToPaint(change: () => unknown): Promise<number> {
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 0));
  const t0 = performance.now();
  change();
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 0));
  return performance.now() - t0;
}

/** Resolves once the map is fitted (the viewport is scaled) and `count` nodes are in the DOM and visible. */
export async function whenDrawn(count: number): Promise<void> {
  for (;;) {
    await nextFrame();
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
    const scaled = !!viewport && !/scale\(1\)/.test(viewport.style.transform);
    const nodes = document.querySelectorAll<HTMLElement>('.react-flow__node');
    if (scaled && nodes.length >= count && nodes[nodes.length - 1]!.style.visibility !== 'hidden') return;
  }
}

/**
 * Pans as a user does, by dragging the empty pane: mouse down, one move per frame, mouse up.
 * The same events reach both canvases, so both pan through React Flow's own handler.
 */
export async function panByDragging(ms: number): Promise<number[]> {
  const pane = document.querySelector<HTMLElement>('.react-flow__pane');
  if (!pane) throw new Error('no pane to drag');
  const r = pane.getBoundingClientRect();
  let x = r.left + r.width / 2;
  const y = r.top + 8;
  const fire = (target: EventTarget, type: string) =>
    target.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, button: 0, buttons: type === 'mouseup' ? 0 : 1, bubbles: true, cancelable: true, view: window }));
  fire(pane, 'mousedown');
  const intervals: number[] = [];
  let last = await nextFrame();
  const end = last + ms;
  let dir = 1;
  while (last < end) {
    x += dir * 8;
    fire(window, 'mousemove');
    const now = await nextFrame();
    intervals.push(now - last);
    last = now;
    if (intervals.length % 40 === 0) dir = -dir;
  }
  fire(window, 'mouseup');
  return intervals;
}
