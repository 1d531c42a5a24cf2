import { statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { FolderListing } from '../../shared/ipc';
import { MAP_EXTENSION, isTransientFile } from '../services/documents';

const MAX_ENTRIES = 500;

/**
 * The sub-folders and map files of one folder, for the browser host's own Open and Save
 * As forms (a web page cannot show the system's file dialog with real paths). Hidden
 * entries and the lock and temp files of Office and sync clients (`~$map.mcred`) are left
 * out; only names and modification times are read, never contents.
 */
export async function listMapFolder(folder: string): Promise<FolderListing> {
  const path = resolve(folder);
  const parent = dirname(path) === path ? null : dirname(path);
  try {
    const entries = await readdir(path, { withFileTypes: true });
    const folders: string[] = [];
    const files: FolderListing['files'] = [];
    for (const entry of entries) {
      if (entry.name.startsWith('.') || isTransientFile(entry.name) || folders.length + files.length >= MAX_ENTRIES) continue;
      if (entry.isDirectory()) folders.push(entry.name);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith(MAP_EXTENSION)) {
        const full = join(path, entry.name);
        const info = await stat(full).catch(() => undefined);
        files.push({ name: entry.name, path: full, modified: info ? info.mtime.toISOString() : '' });
      }
    }
    const byName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true });
    folders.sort(byName);
    files.sort((a, b) => byName(a.name, b.name));
    return { ok: true, path, parent, folders, files };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT' ? `The folder "${path}" does not exist.` : code === 'ENOTDIR' ? `"${path}" is not a folder.` : `The folder "${path}" cannot be read (${code ?? 'error'}).`;
    return { ok: false, path, parent, folders: [], files: [], message };
  }
}

/**
 * Where the browser host's Open, Save As and Export forms start when no map file is open:
 * the folder the user started it from — unless that is the app's own folder (`npm start`
 * in the source checkout), which is no place for maps; then the user's Documents folder,
 * else the home folder. With a map open, the forms start in the map's folder instead.
 */
export function defaultStartFolder(cwd: string, appFolder: string, home: string = homedir()): string {
  const rel = relative(resolve(appFolder), resolve(cwd));
  const insideApp = rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
  if (!insideApp) return resolve(cwd);
  const documents = join(home, 'Documents');
  return isFolder(documents) ? documents : home;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
