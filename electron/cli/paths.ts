import { basename, resolve } from 'node:path';
import { loadDocumentFile, type FileLoadResult } from '../services/documents';
import { problemLines, type CliIo } from './output';

/** The absolute path of a FILE argument, relative to the user's folder. */
export function resolveFile(io: CliIo, file: string): string {
  return resolve(io.cwd, file);
}

export type LoadedMap = Extract<FileLoadResult, { ok: true }>;

/**
 * Loads a map that a command needs whole (stats, set). On failure prints why, one line per
 * problem, and returns undefined: these commands never work on a map they could not load.
 */
export async function loadForCommand(io: CliIo, file: string): Promise<LoadedMap | undefined> {
  const loaded = await loadDocumentFile(resolveFile(io, file));
  if (loaded.ok) return loaded;
  const lines = problemLines(file, loaded.problems);
  io.stderr(`${lines.join('\n')}\n${basename(file)} could not be loaded; run "mcred validate ${file}" for details.\n`);
  return undefined;
}
