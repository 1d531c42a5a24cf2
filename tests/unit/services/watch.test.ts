import { execFile, spawn } from 'node:child_process';
import { appendFileSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { presenceFilePath, watchFile, type FileWatcher, type FileWatcherOptions } from '../../../electron/services/documents';
import { waitFor } from '../../helpers/waitFor';
import { makeTempDir, REPO_ROOT } from '../cli/support/runCli';

/**
 * Watching a map for others' saves: the folder watcher sees atomic saves (a rename over
 * the file) and plain writes, ignores lock, temp and presence files, and the stat poll
 * catches what a watcher misses (network drives).
 */
let dir: string;
let cleanup: () => void;
let watchers: FileWatcher[];
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir('mcred-watch-'));
  watchers = [];
});
afterEach(() => {
  for (const w of watchers) w.stop();
  cleanup();
});

interface Seen {
  changes: number;
  entries: (string | null)[];
}

async function watching(path: string, options: Partial<FileWatcherOptions> = {}): Promise<Seen> {
  const seen: Seen = { changes: 0, entries: [] };
  const watcher = watchFile(path, {
    onChange: () => void (seen.changes += 1),
    onFolderEntry: (name) => void seen.entries.push(name),
    debounceMs: 30,
    ...options,
  });
  watchers.push(watcher);
  await watcher.ready;
  return seen;
}

/** Another process saves the way editors and sync clients do: a temp file renamed over the target. */
async function atomicSaveFromAnotherProcess(path: string, text: string): Promise<void> {
  const script = `const fs = require('fs'); const t = process.argv[1] + '.other.tmp'; fs.writeFileSync(t, process.argv[2]); fs.renameSync(t, process.argv[1]);`;
  await promisify(execFile)(process.execPath, ['-e', script, path, text]);
}

describe('watching a map', () => {
  it("sees another process's atomic save, which replaces the file by a rename", async () => {
    const path = join(dir, 'map.mcred');
    writeFileSync(path, 'one');
    const seen = await watching(path, { pollMs: 60_000 });
    await atomicSaveFromAnotherProcess(path, 'two');
    await waitFor(() => seen.changes >= 1, 'the change to be reported');
    // And it keeps watching: the rename did not leave it attached to the old file.
    const before = seen.changes;
    await atomicSaveFromAnotherProcess(path, 'three!');
    await waitFor(() => seen.changes > before, 'the second change to be reported');
  });

  it('sees plain in-place writes', async () => {
    const path = join(dir, 'map.mcred');
    writeFileSync(path, 'one');
    const seen = await watching(path, { pollMs: 60_000 });
    appendFileSync(path, ' more');
    await waitFor(() => seen.changes >= 1, 'the write to be reported');
  });

  it('ignores lock, temp and sync-client files, and reports other entries (presence files) separately', async () => {
    const path = join(dir, 'map.mcred');
    writeFileSync(path, 'one');
    const seen = await watching(path, { pollMs: 60_000 });
    const transient = ['~$map.mcred', '.~lock.map.mcred#', '~WRL0001.tmp', '.map.mcred.4242.0a1b2c3d.tmp', 'desktop.ini', '.DS_Store', 'map.mcred.partial'];
    for (const name of transient) writeFileSync(join(dir, name), 'x');
    const presence = presenceFilePath(path, 'abcdefgh1234');
    writeFileSync(presence, '{}');
    // Events arrive in order: once the presence file is reported, the ones before it have been handled.
    await waitFor(() => seen.entries.includes('.map.mcred.presence-abcdefgh1234.json'), 'the presence file to be reported');
    expect(seen.changes).toBe(0);
    expect(seen.entries.filter((e) => e !== null && transient.includes(e))).toEqual([]);
  });

  it('falls back to polling when the folder watcher sees nothing (network drives)', async () => {
    const path = join(dir, 'map.mcred');
    writeFileSync(path, 'one');
    const seen = await watching(path, { useFsWatch: false, pollMs: 100 });
    await atomicSaveFromAnotherProcess(path, 'two, longer');
    await waitFor(() => seen.changes >= 1, 'the poll to notice the save');
    expect(seen.entries).toEqual([]);
  });

  it('reports a file that was deleted, and keeps going when its folder disappears and comes back', async () => {
    const folder = join(dir, 'shared');
    mkdirSync(folder);
    const path = join(folder, 'map.mcred');
    writeFileSync(path, 'one');
    const seen = await watching(path, { pollMs: 100 });
    rmSync(folder, { recursive: true });
    await waitFor(() => seen.changes >= 1, 'the deletion to be reported');
    const before = seen.changes;
    mkdirSync(folder);
    writeFileSync(path, 'back again');
    await waitFor(() => seen.changes > before, 'the file coming back to be reported');
  });

  it('watching a file in a folder that does not exist is not an error', async () => {
    const seen = await watching(join(dir, 'nowhere', 'map.mcred'), { pollMs: 100 });
    mkdirSync(join(dir, 'nowhere'));
    writeFileSync(join(dir, 'nowhere', 'map.mcred'), 'new');
    await waitFor(() => seen.changes >= 1, 'the new file to be reported');
  });
});

describe('stopping a watch', () => {
  it('reports nothing afterwards and releases its timer and folder watcher', async () => {
    const path = join(dir, 'map.mcred');
    writeFileSync(path, 'one');
    const baseline = process.getActiveResourcesInfo().filter((r) => r === 'FSEventWrap' || r === 'Timeout').length;
    const seen: Seen = { changes: 0, entries: [] };
    const watcher = watchFile(path, { onChange: () => void (seen.changes += 1), onFolderEntry: (n) => void seen.entries.push(n), pollMs: 50, debounceMs: 10 });
    await watcher.ready;
    expect(process.getActiveResourcesInfo().filter((r) => r === 'FSEventWrap' || r === 'Timeout').length).toBeGreaterThan(baseline);
    watcher.stop();
    writeFileSync(path, 'changed after stop');
    renameSync(path, `${path}.moved`);
    await waitFor(
      () => process.getActiveResourcesInfo().filter((r) => r === 'FSEventWrap' || r === 'Timeout').length <= baseline,
      'the watcher and timers to be released',
    );
    // A second watch of the same file reports the move; the stopped one's events, had any
    // been left, would have come first.
    renameSync(`${path}.moved`, path);
    const witness = await watching(path, { pollMs: 50 });
    writeFileSync(path, 'changed again');
    await waitFor(() => witness.changes >= 1, 'the witness watch to report the change');
    expect(seen).toEqual({ changes: 0, entries: [] });
  });

  it('lets a process that watched a map and kept a presence file exit by itself', async () => {
    const path = join(dir, 'map.mcred');
    writeFileSync(path, 'one');
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'support', 'watchAndStop.ts'), path, 'childsession1'], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    const code = await exit;
    clearTimeout(timer);
    expect(err).toBe('');
    expect(out).toContain('stopped');
    expect(code, 'the child exited by itself after stop()').toBe(0);
    expect(() => writeFileSync(presenceFilePath(path, 'childsession1'), '', { flag: 'wx' }), 'its presence file was removed').not.toThrow();
  });
});
