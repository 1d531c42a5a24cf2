import type { McredDocument } from '../../../shared/model';

/** One pass over every entity and link, reading each record's kind and ends: the floor any whole-map check stands on. */
export function plainPass(doc: McredDocument): number {
  let n = 0;
  for (const id in doc.entities) n += doc.entities[id]!.kind.length;
  for (const id in doc.links) {
    const l = doc.links[id]!;
    n += l.from.length + l.to.length;
  }
  return n;
}
