import type { Draft } from 'immer';
import type { z } from 'zod';
import type { McredDocument, Stamp } from '../model';

/**
 * Everything a command may not invent for itself: the stamp carries the hybrid logical
 * time and the author. Ids of new records come in the payload. So commands stay pure.
 */
export interface CommandContext {
  stamp: Stamp;
}

export type RefusalCode = 'invalid-payload' | 'not-found' | 'exists' | 'invalid-value' | 'wrong-link-kind' | 'duplicate-link' | 'cycle' | 'read-only-field';

/** Why a command was refused, in words a user can act on. */
export interface CommandRefusal {
  code: RefusalCode;
  message: string;
  /** The field the refusal is about, when there is one. */
  field?: string;
}

/** Thrown inside a recipe to abort it; turned into a `CommandRefusal` value by `applyCommand`. */
export class CommandRefused extends Error {
  constructor(
    readonly code: RefusalCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export interface CommandDef<P> {
  /** Dotted name, e.g. `entity.update`: what menus, the CLI, logs and tests call it. */
  name: string;
  payload: z.ZodType<P>;
  run(draft: Draft<McredDocument>, payload: P, ctx: CommandContext): void;
}

export function defineCommand<P>(def: CommandDef<P>): CommandDef<P> {
  return def;
}

export function refuse(code: RefusalCode, message: string, field?: string): never {
  throw new CommandRefused(code, message, field);
}
