import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isInside } from '../../../electron/host/pathAccess';
import { createSampleDocument } from '../../../shared/sample';
import { emptyMap } from '../cli/support/maps';
import { makeTempDir } from '../cli/support/runCli';
import { makeRig, writeMap } from './support/hostRig';

/**
 * What a page can do with paths. The browser page reaches only the folders the user started
 * in or opened maps from, opens only files named as maps, and an export never replaces a
 * file without keeping it as .bak; on the desktop a path the user never chose goes through
 * the Open dialog.
 */
let root: string;
let dir: string;
let outside: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir: root, cleanup } = makeTempDir('mcred-paths-'));
  dir = join(root, 'work');
  outside = join(root, 'private');
  mkdirSync(join(dir, 'sub'), { recursive: true });
  mkdirSync(outside);
  writeMap(outside, 'theirs.mcred');
});
afterEach(() => cleanup());

const SECRET = 'password=hunter2';

describe('the browser page and paths', () => {
  it('lists the start folder and below, but not a folder outside it, and offers no way up out of it', async () => {
    const { api } = makeRig(dir, { kind: 'example' });
    expect(await api.listFolder({ path: join(dir, 'sub') })).toMatchObject({ ok: true, parent: dir });
    expect(await api.listFolder({})).toMatchObject({ ok: true, path: dir, parent: null });
    for (const path of [outside, root, '/', '~', join(dir, '..', 'private')]) {
      const listing = await api.listFolder({ path });
      expect(listing, path).toMatchObject({ ok: false, folders: [], files: [] });
      expect(listing.message, path).toContain('outside the folders');
    }
  });

  it('reaches the folder of a map the user opened before (the recent list)', async () => {
    const { api, settings } = makeRig(dir, { kind: 'example' });
    settings.addRecent(join(outside, 'theirs.mcred'), 'Theirs');
    expect(await api.listFolder({ path: outside })).toMatchObject({ ok: true, files: [{ name: 'theirs.mcred' }] });
  });

  it('opens no map outside those folders', async () => {
    const { api } = makeRig(dir, { kind: 'example' });
    const outcome = await api.openDocument({ path: join(outside, 'theirs.mcred'), replace: true });
    expect(outcome).toMatchObject({ status: 'opened', result: { ok: false, problems: [{ code: 'unreadable' }] } });
    expect((await api.readDocumentCopy({ path: join(outside, 'theirs.mcred') })).status).toBe('failed');
  });

  it('refuses a file not named as a map without reading it: the answer says nothing of its contents', async () => {
    const { api } = makeRig(dir, { kind: 'example' });
    for (const [name, content] of [['notes.txt', `${SECRET}\n`], ['data.json', `{"key": "${SECRET}"}`]] as const) {
      const path = join(dir, name);
      writeFileSync(path, content);
      const missing = join(dir, `missing-${name}`);
      const answers = [await api.openDocument({ path, replace: true }), await api.openDocument({ path: missing, replace: true }), await api.readDocumentCopy({ path })];
      for (const answer of answers) expect(JSON.stringify(answer), name).not.toMatch(/hunter2|"p"|JSON|syntax|line/);
      // An existing and a missing file get the same answer: not even existence shows.
      expect(JSON.stringify(answers[0]).replaceAll(path, 'X')).toBe(JSON.stringify(answers[1]).replaceAll(missing, 'X'));
    }
  });

  it('saves as and exports only within reach', async () => {
    const { api } = makeRig(dir, { kind: 'example' });
    expect(await api.saveDocumentAs({ doc: emptyMap(), path: join(outside, 'planted') })).toMatchObject({ ok: false, code: 'not-allowed' });
    expect(existsSync(join(outside, 'planted.mcred'))).toBe(false);
    const exported = await api.exportDocument({ doc: createSampleDocument(), request: { format: 'csv' }, path: join(outside, 'x') });
    expect(exported).toMatchObject({ ok: false, code: 'not-allowed' });
    expect(existsSync(join(outside, 'x.csv'))).toBe(false);
  });

  it('an export that replaces a file keeps the old one as .bak', async () => {
    const { api } = makeRig(dir, { kind: 'example' });
    const target = join(dir, 'skills.csv');
    writeFileSync(target, 'the user’s own table\n');
    const result = await api.exportDocument({ doc: createSampleDocument(), request: { format: 'csv', credentialIds: ['mc_cloud'] }, path: target, overwrite: true });
    expect(result).toMatchObject({ ok: true, path: target });
    expect(readFileSync(`${target}.bak`, 'utf8')).toBe('the user’s own table\n');
    expect(readFileSync(target, 'utf8')).not.toBe('the user’s own table\n');
  });
});

describe('the desktop and paths the user never chose', () => {
  it('openDocument of such a path shows the Open dialog with it preselected; cancelling opens nothing', async () => {
    const named = join(outside, 'theirs.mcred');
    const chooseFileToOpen = vi.fn(async () => null);
    const { api, ctx } = makeRig(dir, { kind: 'example' }, { chooseFileToOpen });
    expect(await api.openDocument({ path: named, replace: true })).toEqual({ status: 'cancelled' });
    expect(chooseFileToOpen).toHaveBeenCalledWith(ctx, named);
    expect(ctx.current).toEqual({ kind: 'example' });
  });

  it('readDocumentCopy of such a path asks too, and reads what the user picked', async () => {
    const picked = writeMap(dir, 'picked.mcred', 'Picked');
    const chooseFileToOpen = vi.fn(async () => picked);
    const { api, ctx } = makeRig(dir, { kind: 'example' }, { chooseFileToOpen });
    const copy = await api.readDocumentCopy({ path: '/etc/passwd' });
    expect(chooseFileToOpen).toHaveBeenCalledWith(ctx, '/etc/passwd');
    expect(copy).toMatchObject({ status: 'read', path: picked });
  });

  it('a recent file or one the window opened needs no dialog', async () => {
    const recent = writeMap(outside, 'recent.mcred');
    const chooseFileToOpen = vi.fn(async () => null);
    const { api, settings } = makeRig(dir, { kind: 'example' }, { chooseFileToOpen });
    settings.addRecent(recent, 'Recent');
    expect(await api.readDocumentCopy({ path: recent })).toMatchObject({ status: 'read', path: recent });
    expect(chooseFileToOpen).not.toHaveBeenCalled();
  });
});

describe('isInside', () => {
  it('is the folder itself or below it, never a sibling that shares its name as a prefix', () => {
    expect(isInside('/a/b', '/a/b')).toBe(true);
    expect(isInside('/a/b', '/a/b/c/d.mcred')).toBe(true);
    expect(isInside('/a/b', '/a/b/..foo')).toBe(true);
    expect(isInside('/a/b', '/a/bc')).toBe(false);
    expect(isInside('/a/b', '/a/b/../c')).toBe(false);
    expect(isInside('/a/b', dirname('/a/b'))).toBe(false);
  });
});
