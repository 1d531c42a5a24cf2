import { resolve } from 'node:path';

/**
 * The files named on a command line. An unpackaged run is `electron <app dir> [files]`, a
 * packaged one `<exe> [files]`; switches (ours or Chromium's) are skipped. Used for the
 * first start and for the argv a second instance forwards (Windows/Linux "Open with").
 */
export function filesFromArgv(argv: readonly string[], isPackaged: boolean, cwd: string): string[] {
  return argv
    .slice(isPackaged ? 1 : 2)
    .filter((arg) => arg !== '' && !arg.startsWith('-'))
    .map((arg) => resolve(cwd, arg));
}
