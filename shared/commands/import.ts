import type { Draft } from 'immer';
import { z } from 'zod';
import { NODE_HEIGHT } from '../layout/geometry';
import { Id, Skill, type McredDocument } from '../model';
import { stampFields, stampableKeys } from './stamps';
import { placeEntity } from './positions';
import { draftReader, scanRecords } from './produce';
import { assertFreshId } from './entities';
import { defineCommand, refuse } from './types';

/** The fields a merge may fill on an existing skill (only when empty there). */
export const MERGE_FIELDS = ['description', 'proficiency', 'source', 'group', 'altLabels'] as const;
const MergeFields = Skill.pick({ description: true, proficiency: true, source: true, group: true, altLabels: true }).partial();

/** Vertical distance between imported skills in the skill column. */
export const IMPORT_ROW_STEP = NODE_HEIGHT + 22;

const ImportPayload = z.object({
  /** New skills, complete with ids; validated one by one so a refusal can name the row. */
  creates: z.array(z.object({ skill: z.unknown(), row: z.number().int().optional() })).max(200_000),
  /** Existing skills to fill: only fields that are empty on the skill are taken. */
  merges: z.array(z.object({ id: Id, fields: z.unknown(), row: z.number().int().optional() })).max(200_000),
});

function where(row: number | undefined, label: unknown): string {
  const name = typeof label === 'string' && label.trim() ? ` "${label.trim().slice(0, 80)}"` : '';
  return `${row === undefined ? 'skill' : `row ${row}`}${name}`;
}

function issueText(error: z.ZodError): string {
  const issue = error.issues[0]!;
  return `${issue.path.map(String).join('.') || 'value'}: ${issue.message}`;
}

/** The y below the lowest skill on the canvas (0 on an empty map): one scan of the layout. */
function belowSkills(draft: Draft<McredDocument>): number {
  let bottom: number | undefined;
  const entity = draftReader(draft.entities);
  scanRecords(draft.layout, (p, id) => {
    if (entity(id)?.kind !== 'skill') return;
    if (bottom === undefined || p.y > bottom) bottom = p.y;
  });
  return bottom === undefined ? 0 : bottom + IMPORT_ROW_STEP;
}

/**
 * An import as ONE command, so that one undo takes it all back and no reader ever sees
 * half of it: creates every new skill (placed in the skill column, x = 0, below the skills
 * already there, in payload order) and fills empty fields of merged ones. Every skill is
 * validated first; one invalid skill refuses the whole command, naming its row and label.
 * Linear in the payload: id checks and lookups are hash lookups.
 */
export const importSkills = defineCommand({
  name: 'skill.import',
  payload: ImportPayload,
  run(draft, { creates, merges }, { stamp }) {
    const skills: Skill[] = [];
    const fresh = new Set<string>();
    for (const { skill, row } of creates) {
      const r = Skill.safeParse(skill);
      const label = typeof skill === 'object' && skill !== null ? (skill as Record<string, unknown>).statement : undefined;
      if (!r.success) refuse('invalid-value', `${where(row, label)}: ${issueText(r.error)}; nothing was imported`);
      assertFreshId(draft, r.data.id);
      if (fresh.has(r.data.id)) refuse('exists', `${where(row, label)}: the id "${r.data.id}" is given twice; nothing was imported`);
      fresh.add(r.data.id);
      skills.push(r.data);
    }
    const fills: { id: string; fields: Record<string, unknown> }[] = [];
    for (const { id, fields, row } of merges) {
      const current = draft.entities[id];
      if (current?.kind !== 'skill') refuse('not-found', `${where(row, undefined)}: there is no skill "${id}" to merge into; nothing was imported`);
      const r = MergeFields.safeParse(fields);
      if (!r.success) refuse('invalid-value', `${where(row, current.statement)}: ${issueText(r.error)}; nothing was imported`);
      const take: Record<string, unknown> = {};
      for (const f of MERGE_FIELDS) if (current[f] === undefined && r.data[f] !== undefined) take[f] = r.data[f];
      if (Object.keys(take).length) fills.push({ id, fields: take });
    }
    let y = skills.length ? belowSkills(draft) : 0;
    for (const skill of skills) {
      draft.entities[skill.id] = skill;
      stampFields(draft, skill.id, stampableKeys(skill), stamp);
      placeEntity(draft, skill.id, { x: 0, y }, stamp);
      y += IMPORT_ROW_STEP;
    }
    for (const { id, fields } of fills) {
      Object.assign(draft.entities[id]!, fields);
      stampFields(draft, id, Object.keys(fields), stamp);
    }
  },
});
