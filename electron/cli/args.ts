/** A command's option, e.g. `--json` or `--out FILE`. */
export interface FlagSpec {
  readonly name: `--${string}`;
  /** Shown in help for options that take a value, e.g. `FILE`; absent for switches. */
  readonly value?: string;
  readonly help: string;
}

export interface ParsedArgs {
  readonly positionals: string[];
  /** Switches map to `true`, options with a value to the value. */
  readonly flags: ReadonlyMap<string, string | true>;
}

/**
 * Splits argv into positionals and the command's flags: `--out FILE`, `--out=FILE`, `--json`,
 * and `--` to end options. `-5` is a positional (a negative number), not an option.
 */
export function parseArgs(argv: readonly string[], specs: readonly FlagSpec[]): ParsedArgs | { error: string } {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-' || /^-\d/.test(arg)) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const spec = specs.find((s) => s.name === name);
    if (!spec) return { error: `unknown option ${name}` };
    if (flags.has(name)) return { error: `${name} is given twice` };
    if (spec.value === undefined) {
      if (eq > 0) return { error: `${name} takes no value` };
      flags.set(name, true);
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith('--'))) return { error: `${name} needs a value (${name} ${spec.value})` };
    flags.set(name, value);
  }
  return { positionals, flags };
}

/** The string value of an option, if given. */
export function flagValue(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}

/**
 * `--map statement=Title,uri=Link`: which column holds each field, as one value (repeated
 * flags are refused by the parser). Only the given fields may be named.
 */
export function parseColumnMap<Field extends string>(value: string, fields: readonly Field[]): Partial<Record<Field, string>> | { error: string } {
  const mapping: Partial<Record<Field, string>> = {};
  for (const pair of value.split(',')) {
    if (!pair.trim()) continue;
    const eq = pair.indexOf('=');
    const field = pair.slice(0, eq).trim();
    const column = pair.slice(eq + 1).trim();
    if (eq < 0 || !column) return { error: `--map "${pair}" should be FIELD=COLUMN` };
    if (!(fields as readonly string[]).includes(field)) return { error: `--map: "${field}" is not a field; use ${fields.join(', ')}` };
    mapping[field as Field] = column;
  }
  return mapping;
}
