import { createDocument } from '../../../../shared/commands';
import type { Entity, McredDocument } from '../../../../shared/model';

/**
 * A valid map with `skills` skills, built directly (not command by command) so that a
 * multi-megabyte document takes milliseconds to make. `title` tells versions apart.
 */
export function makeBigMap(title: string, skills: number): McredDocument {
  const doc = createDocument({
    id: 'map_big',
    settings: { title, creditUnit: 'ects', profiles: [] },
    author: { id: 'pe_ada', name: 'Ada Lovelace', role: 'designer' },
    stamp: '1767603600000-000-bigmap01@pe_ada',
  });
  const entities: Record<string, Entity> = {};
  for (let i = 0; i < skills; i++) {
    const id = `sk_${String(i).padStart(6, '0')}`;
    entities[id] = {
      id,
      kind: 'skill',
      statement: `${title}: apply data technique number ${i} to a realistic business problem`,
      description: 'Padding so that each record is a few hundred bytes, as in real maps with descriptions.',
      skillType: 'skill',
      importance: i % 3 ? 'optional' : 'essential',
    };
  }
  return { ...doc, entities };
}
