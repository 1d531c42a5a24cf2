import { holdsId, makeId, type IdKind, type McredDocument, type Skill } from '../model';
import type { ImportPlan } from './plan';
import type { ImportedSkill } from './types';

/** The payload of the `skill.import` command. */
export interface ImportPayload {
  creates: { skill: Skill; row: number }[];
  merges: { id: string; fields: Partial<Pick<Skill, 'description' | 'proficiency' | 'source' | 'group' | 'altLabels'>>; row: number }[];
}

function toSkill(id: string, s: ImportedSkill): Skill {
  return {
    id,
    kind: 'skill',
    statement: s.statement,
    ...(s.description ? { description: s.description } : {}),
    skillType: s.skillType,
    importance: s.importance,
    ...(s.proficiency ? { proficiency: s.proficiency } : {}),
    ...(s.source ? { source: { ...s.source } } : {}),
    ...(s.group ? { group: s.group } : {}),
    ...(s.altLabels?.length ? { altLabels: [...s.altLabels] } : {}),
  };
}

/**
 * Turns a plan into the command payload: fresh skill ids (never used in the map, nor before
 * in this import), created skills in file order, merges for duplicates marked "merge".
 */
export function buildImportPayload(doc: McredDocument, plan: ImportPlan, random: () => number): ImportPayload {
  const freshId = freshIds(doc, random);
  return {
    creates: plan.added.map(({ skill }) => ({ skill: toSkill(freshId('skill'), skill), row: skill.line })),
    merges: plan.duplicates
      .filter((d) => d.action === 'merge')
      .map(({ existingId, skill }) => ({
        id: existingId,
        row: skill.line,
        fields: {
          ...(skill.description ? { description: skill.description } : {}),
          ...(skill.proficiency ? { proficiency: skill.proficiency } : {}),
          ...(skill.source ? { source: { ...skill.source } } : {}),
          ...(skill.group ? { group: skill.group } : {}),
          ...(skill.altLabels?.length ? { altLabels: [...skill.altLabels] } : {}),
        },
      })),
  };
}

/** Hands out ids never used in the map (nor deleted from it), nor before by this function. */
export function freshIds(doc: McredDocument, random: () => number): (kind: IdKind) => string {
  const taken = (id: string) => holdsId(doc, id) || Object.hasOwn(doc.meta.tombstones, id);
  const used = new Set<string>();
  return (kind) => {
    let id = makeId(kind, random);
    while (used.has(id) || taken(id)) id = makeId(kind, random);
    used.add(id);
    return id;
  };
}
