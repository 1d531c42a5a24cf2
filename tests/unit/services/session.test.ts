import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  hashBytes,
  isWritableFile,
  newUntitledDocument,
  openDocumentAt,
  saveDocumentAs,
  saveOpenDocument,
  type WritableProbe,
} from '../../../electron/services/documents';
import { serialiseDocument } from '../../../shared/format';
import type { McredDocument, Save } from '../../../shared/model';
import { applyAll, emptyMap, stampMaker } from '../cli/support/maps';
import { makeTempDir } from '../cli/support/runCli';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir('mcred-session-')));
afterEach(() => cleanup());

const skill = (id: string, statement: string) => ({ name: 'entity.create', payload: { entity: { id, kind: 'skill', statement, skillType: 'skill', importance: 'essential' } } }) as const;
const retitle = (title: string) => ({ name: 'settings.update', payload: { changes: { title } } }) as const;

function writeMap(name: string, doc: McredDocument): { path: string; hash: string } {
  const path = join(dir, name);
  const bytes = serialiseDocument(doc);
  writeFileSync(path, bytes);
  return { path, hash: hashBytes(bytes) };
}

const save = (id: string, stamp: string): Save => ({ id, stamp });

describe('opening a map for editing', () => {
  it('returns the document, the base hash of its bytes and no read-only flag for a writable file', async () => {
    const { path, hash } = writeMap('map.mcred', emptyMap());
    const opened = await openDocumentAt(path);
    expect(opened).toMatchObject({ ok: true, source: { kind: 'file', path, hash } });
    expect(opened.ok && opened.source.kind === 'file' && opened.source.readOnly).toBeFalsy();
  });

  it('opens a file marked read-only as read-only (the mode bits count, even for an administrator)', async () => {
    const { path } = writeMap('locked.mcred', emptyMap());
    chmodSync(path, 0o444);
    const opened = await openDocumentAt(path);
    expect(opened.ok && opened.source.kind === 'file' && opened.source.readOnly).toBe(true);
  });

  it('opens read-only when the folder cannot be written (injected: root passes every access check here)', async () => {
    const { path } = writeMap('shared.mcred', emptyMap());
    const probe: WritableProbe = {
      stat: async () => ({ mode: 0o644 }),
      access: async (p) => {
        if (p === dir) throw Object.assign(new Error('denied'), { code: 'EACCES' });
      },
    };
    expect(await isWritableFile(path, probe)).toBe(false);
    const opened = await openDocumentAt(path, probe);
    expect(opened.ok && opened.source.kind === 'file' && opened.source.readOnly).toBe(true);
  });

  it('reports the problems of a file that is not a map, and leaves it untouched', async () => {
    const path = join(dir, 'broken.mcred');
    writeFileSync(path, '{ "format": "micro-credential-studio", ');
    const before = statSync(path).mtimeMs;
    const opened = await openDocumentAt(path);
    expect(opened.ok).toBe(false);
    expect(!opened.ok && opened.problems[0]).toMatchObject({ code: 'syntax', message: expect.stringContaining('not valid JSON') });
    expect(readFileSync(path, 'utf8')).toBe('{ "format": "micro-credential-studio", ');
    expect(statSync(path).mtimeMs).toBe(before);
  });
});

describe('a new map', () => {
  it('is an "Untitled map" authored by the user, with default settings, that saves and loads', async () => {
    const doc = newUntitledDocument({ personId: 'pe_me', name: 'Mia Chen', organisation: 'Northfield' }, Date.UTC(2026, 1, 1));
    expect(doc.settings).toMatchObject({ title: 'Untitled map', creditUnit: 'ects', institution: 'Northfield' });
    expect(doc.people.pe_me).toMatchObject({ name: 'Mia Chen', organisation: 'Northfield', role: 'designer' });
    const saved = await saveDocumentAs({ path: join(dir, 'new'), doc });
    expect(saved).toMatchObject({ ok: true, path: join(dir, 'new.mcred') });
    expect((await openDocumentAt(join(dir, 'new.mcred'))).ok).toBe(true);
  });

  it('has an anonymous author until the user has said who they are', () => {
    const doc = newUntitledDocument(null);
    expect(Object.values(doc.people)).toEqual([expect.objectContaining({ name: 'Unknown author' })]);
  });
});

describe('saving an open map', () => {
  it('writes the edit, appends the save record, and returns the new base hash', async () => {
    const original = emptyMap();
    const { path, hash } = writeMap('map.mcred', original);
    const edited = applyAll(original, [skill('sk_sql', 'Write SQL')]);
    const result = await saveOpenDocument({ path, doc: edited, baseHash: hash, save: save('sv_one', '1767261600000-000-testrepl@pe_ada') });
    expect(result).toMatchObject({ ok: true, saveRecord: { id: 'sv_one' } });
    const reopened = await openDocumentAt(path);
    expect(reopened.ok && reopened.doc.entities.sk_sql).toBeTruthy();
    expect(reopened.ok && reopened.doc.saves.sv_one).toBeTruthy();
    expect(result.ok && result.hash).toBe(hashBytes(readFileSync(path)));
  });

  it('does not write or add a save record when nothing changed', async () => {
    const { path, hash } = writeMap('map.mcred', emptyMap());
    const before = statSync(path).mtimeMs;
    const result = await saveOpenDocument({ path, doc: emptyMap(), baseHash: hash, save: save('sv_x', '1767261600000-000-testrepl@pe_ada') });
    expect(result).toEqual({ ok: true, path, hash });
    expect(statSync(path).mtimeMs).toBe(before);
    expect(existsSync(`${path}.bak`)).toBe(false);
  });

  it('merges instead of overwriting when someone else saved meanwhile, and reports what arrived', async () => {
    const base = applyAll(emptyMap(), [skill('sk_a', 'Analyse logs')]);
    const { path, hash } = writeMap('shared.mcred', base);
    // A colleague adds a skill and saves.
    const theirs = applyAll(base, [skill('sk_b', 'Harden servers')], stampMaker('pe_bo', Date.UTC(2026, 0, 7)));
    writeMap('shared.mcred', theirs);
    // We retitle the map and save on top of the base we loaded.
    const ours = applyAll(base, [retitle('Our title')], stampMaker('pe_ada', Date.UTC(2026, 0, 8)));
    const result = await saveOpenDocument({ path, doc: ours, baseHash: hash, save: save('sv_ours', '1767861600000-000-testrepl@pe_ada') });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.merged?.changes.length).toBeGreaterThan(0);
    const onDisk = await openDocumentAt(path);
    expect(onDisk.ok && onDisk.doc.entities.sk_b).toBeTruthy();
    expect(onDisk.ok && onDisk.doc.settings.title).toBe('Our title');
    expect(result.merged?.doc.entities.sk_b).toBeTruthy();
    expect(result.hash).toBe(hashBytes(readFileSync(path)));
  });

  it('never overwrites a file that was changed into something it cannot read', async () => {
    const { path, hash } = writeMap('map.mcred', emptyMap());
    writeFileSync(path, 'not json at all');
    const result = await saveOpenDocument({ path, doc: applyAll(emptyMap(), [retitle('Mine')]), baseHash: hash });
    expect(result).toMatchObject({ ok: false, code: 'changed-on-disk' });
    expect(!result.ok && result.message).toMatch(/Save As/);
    expect(readFileSync(path, 'utf8')).toBe('not json at all');
  });

  it('refuses a read-only file with a message that points to Save As, leaving it unchanged', async () => {
    const { path, hash } = writeMap('locked.mcred', emptyMap());
    chmodSync(path, 0o444);
    const before = readFileSync(path);
    const result = await saveOpenDocument({ path, doc: applyAll(emptyMap(), [retitle('Mine')]), baseHash: hash });
    expect(result).toMatchObject({ ok: false, code: 'permission' });
    expect(!result.ok && result.message).toMatch(/Save As/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a document whose records do not fit together', async () => {
    const { path, hash } = writeMap('map.mcred', emptyMap());
    const broken = { ...emptyMap(), layout: { sk_ghost: { x: 1, y: 2 } } };
    const result = await saveOpenDocument({ path, doc: broken, baseHash: hash });
    expect(result).toMatchObject({ ok: false, code: 'invalid-document' });
  });
});

describe('save as', () => {
  it('adds the .mcred extension and asks before replacing an existing file', async () => {
    writeMap('taken.mcred', emptyMap());
    const first = await saveDocumentAs({ path: join(dir, 'taken'), doc: applyAll(emptyMap(), [retitle('New')]) });
    expect(first).toMatchObject({ ok: false, code: 'exists' });
    expect(readFileSync(join(dir, 'taken.mcred'), 'utf8')).toContain('"title": "Test map"');
    const second = await saveDocumentAs({ path: join(dir, 'taken'), doc: applyAll(emptyMap(), [retitle('New')]), overwrite: true });
    expect(second).toMatchObject({ ok: true });
    expect(readFileSync(join(dir, 'taken.mcred'), 'utf8')).toContain('"title": "New"');
  });

  it('refuses a folder as the target', async () => {
    mkdirSync(join(dir, 'folder.mcred'));
    expect(await saveDocumentAs({ path: join(dir, 'folder.mcred'), doc: emptyMap(), overwrite: true })).toMatchObject({ ok: false, code: 'not-allowed' });
  });
});
