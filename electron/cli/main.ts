import { readFileSync } from 'node:fs';
import { parseArgs } from './args';
import { approveCommand } from './commands/approve';
import { importCommand } from './commands/import';
import { evidenceCommand } from './commands/evidence';
import { exportCommand } from './commands/export';
import { mergeCommand } from './commands/merge';
import { repairCommand } from './commands/repair';
import { newCommand } from './commands/new';
import { reviewCommand } from './commands/review';
import { revisionCommand, revisionsCommand } from './commands/revision';
import { sampleCommand } from './commands/sample';
import { setCommand } from './commands/set';
import { statsCommand } from './commands/stats';
import { suggestCommand } from './commands/suggest';
import { usageOf, type CliCommand } from './commands/types';
import { validateCommand } from './commands/validate';
import { EXIT, errorSummary, type CliIo, type ExitCode } from './output';

/** Every sub-command, in the order `mcred --help` lists them. */
export const CLI_COMMANDS: readonly CliCommand[] = [
  validateCommand,
  repairCommand,
  statsCommand,
  suggestCommand,
  setCommand,
  revisionCommand,
  revisionsCommand,
  approveCommand,
  exportCommand,
  importCommand,
  evidenceCommand,
  mergeCommand,
  reviewCommand,
  newCommand,
  sampleCommand,
];

function findCommand(name: string): CliCommand | undefined {
  return CLI_COMMANDS.find((c) => c.name === name);
}

function generalHelp(): string {
  const width = Math.max(...CLI_COMMANDS.map((c) => c.name.length));
  return [
    'mcred — check, edit and merge Micro-Credential Studio map files (.mcred)',
    '',
    'Usage: mcred COMMAND [ARGS] [OPTIONS]',
    '',
    'Commands:',
    ...CLI_COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "mcred help COMMAND" or "mcred COMMAND --help" for details.',
    'Exit codes: 0 success, 1 the map has problems (validate), 2 failure or bad usage.',
    '',
  ].join('\n');
}

function commandHelp(c: CliCommand): string {
  const width = Math.max(0, ...c.flags.map((f) => `${f.name}${f.value ? ` ${f.value}` : ''}`.length));
  const flags = c.flags.map((f) => `  ${`${f.name}${f.value ? ` ${f.value}` : ''}`.padEnd(width)}  ${f.help}`);
  return [`Usage: ${usageOf(c)}`, '', `${c.summary[0]!.toUpperCase()}${c.summary.slice(1)}.`, '', ...c.details, ...(flags.length ? ['', 'Options:', ...flags] : []), ''].join('\n');
}

function version(): string {
  const pkg: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return typeof pkg === 'object' && pkg !== null && 'version' in pkg ? String(pkg.version) : 'unknown';
}

function usageError(io: CliIo, message: string, usage: string): ExitCode {
  io.stderr(`mcred: ${message}\n${usage}\n`);
  return EXIT.failed;
}

const isHelp = (a: string) => a === '--help' || a === '-h';

async function dispatch(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const [name, ...rest] = argv;
  const mainUsage = 'Usage: mcred COMMAND [ARGS] [OPTIONS]   (mcred --help lists the commands)';
  if (name === undefined) return usageError(io, 'no command given', mainUsage);
  if (isHelp(name)) return (io.stdout(generalHelp()), EXIT.ok);
  if (name === '--version') return (io.stdout(`${version()}\n`), EXIT.ok);
  if (name === 'help') {
    if (rest[0] === undefined) return (io.stdout(generalHelp()), EXIT.ok);
    const topic = findCommand(rest[0]);
    return topic ? (io.stdout(commandHelp(topic)), EXIT.ok) : usageError(io, `there is no command "${rest[0]}"`, mainUsage);
  }
  const command = findCommand(name);
  if (!command) return usageError(io, name.startsWith('-') ? `unknown option ${name}` : `there is no command "${name}"`, mainUsage);
  const usage = `Usage: ${usageOf(command)}`;
  const dashDash = rest.indexOf('--');
  if (rest.slice(0, dashDash < 0 ? undefined : dashDash).some(isHelp)) return (io.stdout(commandHelp(command)), EXIT.ok);
  const args = parseArgs(rest, command.flags);
  if ('error' in args) return usageError(io, `${command.name}: ${args.error}`, usage);
  const want = command.positionals.length;
  if (args.positionals.length !== want) {
    const missing = command.positionals.slice(args.positionals.length).join(' ');
    const problem = args.positionals.length < want ? `missing ${missing}` : `too many arguments (${args.positionals.slice(want).join(' ')})`;
    return usageError(io, `${command.name}: ${problem}`, usage);
  }
  return command.run(args, io);
}

/**
 * Runs one `mcred` invocation and returns its exit code. Everything the command touches
 * comes through `io`, so tests run the same code path in-process. Never throws, and never
 * prints a stack trace: an unexpected error becomes one line and exit code 2.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    io.stderr(`mcred: unexpected error: ${errorSummary(error)}\n`);
    return EXIT.failed;
  }
}

/** The real process: `bin/mcred.js` calls this. */
export async function main(argv: readonly string[]): Promise<ExitCode> {
  // `mcred sample | head` closes the pipe early; that is not an error worth a trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  // `npm run mcred` starts in the package folder; relative FILEs mean the user's folder.
  const cwd = process.env.npm_lifecycle_event === 'mcred' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();
  return run(argv, {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd,
    env: process.env,
    now: () => Date.now(),
    random: () => Math.random(),
    progress: process.stderr.isTTY === true,
  });
}
