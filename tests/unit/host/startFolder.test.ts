import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultStartFolder } from '../../../electron/host/folderListing';

let root: string;
beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'start-folder-'))));
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('where the browser host\'s Save As form starts without a map file', () => {
  it('is the folder the user started it from', () => {
    const app = join(root, 'studio');
    const work = join(root, 'curriculum');
    expect(defaultStartFolder(work, app, join(root, 'home'))).toBe(work);
    expect(defaultStartFolder(join(root, 'studio-maps'), app, join(root, 'home'))).toBe(join(root, 'studio-maps'));
  });

  it('is the Documents folder, not the app\'s source folder, when started from the app (npm start)', () => {
    const app = join(root, 'studio');
    const home = join(root, 'home');
    mkdirSync(join(home, 'Documents'), { recursive: true });
    expect(defaultStartFolder(app, app, home)).toBe(join(home, 'Documents'));
    expect(defaultStartFolder(join(app, 'renderer'), app, home)).toBe(join(home, 'Documents'));
  });

  it('is the home folder when there is no Documents folder', () => {
    const app = join(root, 'studio');
    const home = join(root, 'home');
    mkdirSync(home);
    expect(defaultStartFolder(app, app, home)).toBe(home);
  });
});
