import type { CommandCall } from '../../../../../shared/commands';
import { makeId } from '../../../../../shared/model';
import { checkRevisionName } from './names';

/** Time and randomness come in as arguments, so tests build the same call every run. */
export interface Env {
  now: Date;
  random: () => number;
}

export type BuiltRevision = { ok: true; id: string; call: CommandCall } | { ok: false; message: string };

/** The `revision.create` call for a snapshot of the map now, named by the user. */
export function revisionCall(name: string, author: string, env: Env): BuiltRevision {
  const checked = checkRevisionName(name);
  if (!checked.ok) return checked;
  const id = makeId('revision', env.random);
  return { ok: true, id, call: { name: 'revision.create', payload: { id, name: checked.name, at: env.now.toISOString(), author } } };
}

/** Undo labels, in the words of the Edit menu ("Undo Mark revision"). */
export const REVISION_LABELS = {
  mark: 'Mark revision',
  export: 'Record export as revision',
} as const;
