/**
 * Counts node component renders, for the bench's "node components re-rendered by one field
 * edit" figure. Incrementing a number costs nothing measurable, so it is always on.
 */
const renders = { count: 0 };

export function countNodeRender(): void {
  renders.count++;
}

export function nodeRenderCount(): number {
  return renders.count;
}
