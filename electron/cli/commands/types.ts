import type { FlagSpec, ParsedArgs } from '../args';
import type { CliIo, ExitCode } from '../output';

/** One `mcred` sub-command: its help text, its arguments and what it does. */
export interface CliCommand {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Names of the positional arguments, all required, e.g. ["FILE"]. */
  readonly positionals: readonly string[];
  readonly flags: readonly FlagSpec[];
  /** Further lines of `mcred help NAME`: what the command does, exit codes, examples. */
  readonly details: readonly string[];
  run(args: ParsedArgs, io: CliIo): Promise<ExitCode>;
}

/** `mcred set FILE ENTITY_ID FIELD VALUE [--author NAME]` */
export function usageOf(command: CliCommand): string {
  const flags = command.flags.map((f) => `[${f.name}${f.value ? ` ${f.value}` : ''}]`);
  return ['mcred', command.name, ...command.positionals, ...flags].join(' ');
}
