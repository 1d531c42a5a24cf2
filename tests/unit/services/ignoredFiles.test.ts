import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listMapFolder } from '../../../electron/host/folderListing';
import { isTransientFile, writeFileAtomic } from '../../../electron/services/documents';
import { makeTempDir } from '../cli/support/runCli';

/** Lock, temp and system files that programs leave beside shared documents are never maps. */
describe('transient files', () => {
  it.each([
    ['~$map.mcred', 'Office owner file'],
    ['~$port.docx', 'Office owner file'],
    ['.~lock.map.mcred#', 'LibreOffice lock'],
    ['~WRL1234.tmp', 'Word temp'],
    ['report.TMP', 'any temp file'],
    ['.map.mcred.4242.0a1b2c3d.tmp', 'our atomic-save temp file'],
    ['.map.mcred.bak.4242.0a1b2c3d.tmp', 'our backup temp file'],
    ['.dropbox', 'Dropbox'],
    ['.dropbox.cache', 'Dropbox'],
    ['desktop.ini', 'Windows folder settings'],
    ['Thumbs.db', 'Windows thumbnails'],
    ['.DS_Store', 'macOS folder settings'],
    ['._map.mcred', 'macOS AppleDouble'],
    ['map.mcred.partial', 'unfinished download'],
    ['map.mcred.crdownload', 'unfinished download'],
    ['.syncthing.map.mcred.tmp', 'Syncthing'],
    ['~syncthing~map.mcred.tmp', 'Syncthing on Windows'],
    ['.~tmp', 'sync client temp'],
    ['map.mcred.!sync', 'Resilio Sync'],
  ])('%s (%s)', (name) => {
    expect(isTransientFile(name)).toBe(true);
  });

  it.each([
    'map.mcred',
    'Cyber security.mcred',
    'map.mcred.bak',
    "map (Ana Lopez's conflicted copy 2026-03-02).mcred",
    'map.sync-conflict-20260302-101500-ABCDEFG.mcred',
    'Budget~$.mcred',
    'template.mcred',
    '.map.mcred.presence-abcdefgh1234.json',
  ])('%s is not transient', (name) => {
    expect(isTransientFile(name)).toBe(false);
  });
});

describe("the browser host's folder listing", () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = makeTempDir('mcred-listing-')));
  afterEach(() => cleanup());

  it('lists the maps, not their lock, temp and presence files', async () => {
    for (const name of ['map.mcred', '~$map.mcred', '.~lock.map.mcred#', 'map.mcred.partial', '.map.mcred.presence-abcdefgh1234.json', 'Thumbs.db']) {
      writeFileSync(join(dir, name), 'x');
    }
    await writeFileAtomic(join(dir, 'other.mcred'), Buffer.from('y'));
    const listing = await listMapFolder(dir);
    expect(listing.ok && listing.files.map((f) => f.name)).toEqual(['map.mcred', 'other.mcred']);
  });
});
