/** The entity id of the node under a pointer event, if any (for drops that missed a handle). */
export function nodeIdAt(event: MouseEvent | TouchEvent): string | undefined {
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  if (!point) return undefined;
  const el = document.elementFromPoint(point.clientX, point.clientY);
  return el?.closest<HTMLElement>('.react-flow__node')?.dataset.id ?? undefined;
}

/** Where a pointer event happened, in client coordinates. */
export function clientPoint(event: MouseEvent | TouchEvent): { x: number; y: number } {
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  return point ? { x: point.clientX, y: point.clientY } : { x: 0, y: 0 };
}
