import type { Draft } from 'immer';
import { z } from 'zod';
import { FrameworkUpdate, Id, jsonEqual, type McredDocument, type Skill } from '../model';
import { stampFields } from './stamps';
import { defineCommand, refuse } from './types';

function requireSkill(draft: Draft<McredDocument>, id: string): Draft<Skill> {
  const e = draft.entities[id];
  if (e?.kind !== 'skill') refuse('not-found', `there is no skill "${id}" in this map`);
  return e;
}

function requireUpdate(skill: Draft<Skill>): FrameworkUpdate {
  return skill.frameworkUpdate ?? refuse('not-found', `the skill “${skill.statement}” has no framework update waiting`);
}

/** The fields a pending update compares by (when it was found does not make it another update). */
const sameUpdate = (a: FrameworkUpdate | undefined, b: FrameworkUpdate) => a !== undefined && jsonEqual({ ...a, found: '' }, { ...b, found: '' });

/**
 * Stores what a newer framework release says about skills of the map (found by
 * `detectFrameworkUpdates`), as ONE change: each skill keeps its update until the designer
 * accepts or dismisses it, and readiness warns about it meanwhile. An update equal to the one
 * already waiting (whenever found) changes nothing.
 */
export const flagUpdates = defineCommand({
  name: 'skill.flagUpdates',
  payload: z.object({ updates: z.array(z.object({ id: Id, update: FrameworkUpdate })).max(200_000) }),
  run(draft, { updates }, { stamp }) {
    for (const { id } of updates) requireSkill(draft, id);
    for (const { id, update } of updates) {
      const skill = requireSkill(draft, id);
      if (sameUpdate(skill.frameworkUpdate, update)) continue;
      skill.frameworkUpdate = update;
      stampFields(draft, id, ['frameworkUpdate'], stamp);
    }
  },
});

/**
 * Applies a skill's pending update, as ONE change: a changed label or description is taken;
 * a replaced skill takes its successor's label, code and URI (its links and position stay, so
 * the mapping follows the successor); the source records the release. An obsolete or removed
 * skill has nothing to apply: refused with what to do instead (dismiss, or delete it).
 */
export const acceptUpdate = defineCommand({
  name: 'skill.acceptUpdate',
  payload: z.object({ id: Id }),
  run(draft, { id }, { stamp }) {
    const skill = requireSkill(draft, id);
    const u = requireUpdate(skill);
    if (u.change === 'obsolete' || u.change === 'removed') {
      const what = u.change === 'obsolete' ? 'marks it obsolete and names no successor' : 'no longer has it';
      refuse('invalid-value', `${u.release ?? 'the newer release'} ${what}, so there is nothing to apply to “${skill.statement}”: dismiss the update to keep the skill, or delete the skill`);
    }
    const changed = ['frameworkUpdate'];
    const statement = u.change === 'replaced' ? (u.replacedBy?.statement ?? u.statement) : u.statement;
    if (statement !== undefined && statement !== skill.statement) {
      skill.statement = statement;
      changed.push('statement');
    }
    if (u.description !== undefined && u.description !== skill.description) {
      skill.description = u.description;
      changed.push('description');
    }
    const source = skill.source ? { ...skill.source } : undefined;
    if (source) {
      if (u.change === 'replaced' && u.replacedBy) {
        if (u.replacedBy.uri) source.uri = u.replacedBy.uri;
        if (u.replacedBy.code) source.code = u.replacedBy.code;
        else if (u.replacedBy.uri) delete source.code;
      }
      if (u.release) source.release = u.release;
      if (!jsonEqual(source, skill.source)) {
        skill.source = source;
        changed.push('source');
      }
    }
    delete skill.frameworkUpdate;
    stampFields(draft, id, changed, stamp);
  },
});

/**
 * Clears a skill's pending update and keeps the skill as it is, as ONE change. Its source
 * records the release, so checking the same release again does not raise it again.
 */
export const dismissUpdate = defineCommand({
  name: 'skill.dismissUpdate',
  payload: z.object({ id: Id }),
  run(draft, { id }, { stamp }) {
    const skill = requireSkill(draft, id);
    const u = requireUpdate(skill);
    delete skill.frameworkUpdate;
    const changed = ['frameworkUpdate'];
    if (skill.source && u.release && skill.source.release !== u.release) {
      skill.source = { ...skill.source, release: u.release };
      changed.push('source');
    }
    stampFields(draft, id, changed, stamp);
  },
});
