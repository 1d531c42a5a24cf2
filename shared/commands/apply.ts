import { applyPatches, enablePatches, type Patch } from 'immer';
import type { McredDocument } from '../model';
import { produceDocument } from './produce';
import { COMMANDS, type CommandName, type CommandPayload } from './registry';
import { normaliseRecord } from './stamps';
import { CommandRefused, type CommandContext, type CommandRefusal } from './types';

enablePatches();

/** A command as data: what the UI, IPC, the CLI and tests pass around. */
export type CommandCall = { [N in CommandName]: { name: N; payload: CommandPayload<N> } }[CommandName];

export type ApplyResult =
  | { ok: true; doc: McredDocument; patches: Patch[]; inversePatches: Patch[] }
  | { ok: false; refusal: CommandRefusal };

/**
 * Validates the payload, runs the command on an immer draft and returns the new document
 * with its patches (for undo and for sending) — or the refusal, with the document untouched.
 */
export function applyCommand(doc: McredDocument, call: { name: string; payload: unknown }, ctx: CommandContext): ApplyResult {
  // Own-property lookup: names such as `toString` or `__proto__` are never commands.
  const def = Object.hasOwn(COMMANDS, call.name) ? COMMANDS[call.name as CommandName] : undefined;
  if (!def) return { ok: false, refusal: { code: 'invalid-payload', message: `there is no command "${call.name}"` } };
  const parsed = def.payload.safeParse(call.payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, refusal: { code: 'invalid-payload', message: `${call.name}: ${issue.path.map(String).join('.') || 'payload'}: ${issue.message}` } };
  }
  try {
    const [next, patches, inversePatches] = produceDocument(doc, (draft) => {
      (def.run as (d: typeof draft, p: unknown, c: CommandContext) => void)(draft, normaliseRecord(parsed.data), ctx);
    });
    return { ok: true, doc: next, patches, inversePatches };
  } catch (e) {
    if (e instanceof CommandRefused) {
      return { ok: false, refusal: { code: e.code, message: e.message, ...(e.field ? { field: e.field } : {}) } };
    }
    throw e;
  }
}

/** Applies patches (e.g. a command's inverse, for undo). */
export function applyDocumentPatches(doc: McredDocument, patches: readonly Patch[]): McredDocument {
  return produceDocument(doc, (draft) => {
    applyPatches(draft, patches as Patch[]);
  })[0];
}
