import { homedir } from 'node:os';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { LoadProblem } from '../../shared/format';
import { MAP_EXTENSION } from '../services/documents';
import type { StudioHostDeps } from './nodeStudioApi';
import type { WindowContext } from './windowContext';

/** How one window's calls turn the page's paths into files, and which of them it may reach. */
export interface PathAccess {
  /** Where relative paths and the Open form start: the current map's folder, else the start folder. */
  baseFolder(): string;
  /** A path from the page made absolute (`~` is the home folder). */
  resolvePath(path: string): string;
  /** True for a file the user chose: opened or saved in this window, or in the recent list. */
  isChosen(path: string): boolean;
  /**
   * True when `path` is (under) a folder the user chose or opened a map from: the start
   * folder, the folders of recent maps and of the files this window opened or saved. The
   * browser page may list, open, save and export only there; the desktop asks the system
   * dialog instead.
   */
  mayReach(path: string): boolean;
  /** The refusal for a path outside those folders, in words. */
  outsideMessage(path: string): string;
  /**
   * The file to read for a path the page named (null: it named none). On the desktop a
   * path the user never chose goes through the Open dialog, preselected; in the browser it
   * must be within reach and named as a map, and is refused without being read otherwise,
   * so the answer says nothing about what the file holds. Null: the user cancelled.
   */
  chooseToRead(named: string | null): Promise<string | null | Refused>;
}

/** A path the page may not read, with the reason as a load problem. */
export interface Refused {
  ok: false;
  path: string;
  problems: LoadProblem[];
}

export function pathAccess(deps: StudioHostDeps, ctx: WindowContext): PathAccess {
  const baseFolder = () => (ctx.current.kind === 'file' ? dirname(ctx.current.path) : deps.startFolder);
  const roots = () => [deps.startFolder, ...[...ctx.granted].map((p) => dirname(p)), ...deps.settings.listRecent().map((r) => dirname(r.path))];
  const mayReach = (path: string) => roots().some((root) => isInside(root, path));
  const isChosen = (path: string) => ctx.granted.has(resolve(path)) || deps.settings.isRecent(path);
  const outsideMessage = (path: string) =>
    `"${path}" is outside the folders Micro-Credential Studio may use here: the folder it was started in (${deps.startFolder}) and the folders of maps you opened. Start it in that folder (or with a map from it) to work there.`;
  return {
    baseFolder,
    resolvePath: (path) => resolve(baseFolder(), path === '~' || path.startsWith('~/') ? join(homedir(), path.slice(1)) : path),
    isChosen,
    mayReach,
    outsideMessage,
    async chooseToRead(named) {
      if (deps.desktop) return named !== null && isChosen(named) ? named : deps.desktop.chooseFileToOpen(ctx, named ?? undefined);
      if (named === null) return null;
      if (!mayReach(named)) return { ok: false, path: named, problems: [{ code: 'unreadable', message: outsideMessage(named) }] };
      if (!isMapFileName(named)) return { ok: false, path: named, problems: [{ code: 'not-mcred', message: `"${named}" is not named as a map (${MAP_EXTENSION}); only maps are opened.` }] };
      return named;
    },
  };
}

/** True when `path` is `folder` or lies below it (after resolving `..`). */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(resolve(folder), resolve(path));
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** True for a file named as a map; other files are never read for the page. */
export function isMapFileName(path: string): boolean {
  return extname(path).toLowerCase() === MAP_EXTENSION;
}
