import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { createStudioCalls } from '../../electron/host/nodeStudioApi';
import { makeWindowContext } from '../../electron/host/windowContext';
import { RecoveryStore } from '../../electron/services/recovery';
import { SettingsService } from '../../electron/services/settings';
import { STUDIO_METHODS, callStudioMethod, type StudioCalls } from '../../shared/ipc';
import { createSampleDocument } from '../../shared/sample';

function recordingApi(): { api: StudioCalls; calls: string[] } {
  const calls: string[] = [];
  const api = Object.fromEntries(STUDIO_METHODS.map((m) => [m, async () => void calls.push(m)])) as unknown as StudioCalls;
  return { api, calls };
}

const doc = createSampleDocument();
const credentialId = Object.values(doc.entities).find((e) => e.kind === 'credential')!.id;

describe('exportDocument payload validation', () => {
  it('lets a well-formed request through', () => {
    const { api, calls } = recordingApi();
    const call = callStudioMethod(api, 'exportDocument', [{ doc, request: { format: 'docx', credentialIds: [credentialId], profiles: ['eu-2022'] }, path: '/tmp/x.docx' }]);
    expect(call.ok).toBe(true);
    expect(calls).toEqual(['exportDocument']);
  });

  it.each([
    ['an unknown format', { format: 'pdf' }, 'request.format'],
    ['an unknown profile', { format: 'docx', profiles: ['mars-2099'] }, 'request.profiles.0'],
    ['an extra field', { format: 'csv', shell: 'rm -rf /' }, 'request'],
    ['a non-http base URL', { format: 'ob3', baseUrl: 'javascript:alert(1)' }, 'request.baseUrl'],
    ['an empty credential list', { format: 'catalog', credentialIds: [] }, 'request.credentialIds'],
  ])('refuses %s with a message naming the field', (_what, request, field) => {
    const { api, calls } = recordingApi();
    const call = callStudioMethod(api, 'exportDocument', [{ doc, request }]);
    expect(call.ok).toBe(false);
    if (call.ok) return;
    expect(call.reason).toBe('invalid-arguments');
    expect(call.message).toContain(`The arguments for exportDocument are not valid (${field}`);
    expect(calls).toEqual([]);
  });

  it('refuses a document that is not a map, and a path with NUL', () => {
    const { api } = recordingApi();
    const bad = callStudioMethod(api, 'exportDocument', [{ doc: { ...doc, settings: { title: '' } }, request: { format: 'docx' } }]);
    expect(bad.ok).toBe(false);
    const nul = callStudioMethod(api, 'exportDocument', [{ doc, request: { format: 'docx' }, path: '/tmp/a\0b' }]);
    expect(nul.ok).toBe(false);
  });
});

describe('exportDocument on the browser host', () => {
  let dir = '';
  let ctx = makeWindowContext(0, { kind: 'example' });
  afterEach(async () => dir && rm(dir, { recursive: true, force: true }));

  async function host() {
    dir = await mkdtemp(join(tmpdir(), 'mcred-export-'));
    const values = new Map<string, unknown>();
    const settings = new SettingsService({ get: (k) => values.get(k), set: (k, v) => void values.set(k, v) });
    ctx = makeWindowContext(1, { kind: 'example' });
    const info = { kind: 'browser' as const, platform: process.platform, multiWindow: false, nativeDialogs: false };
    return createStudioCalls({ info, settings, recovery: new RecoveryStore({ dir: join(dir, 'rec') }), startFolder: dir, windows: () => [ctx] }, ctx);
  }

  it('writes the .docx, forces the extension, refuses to replace without asking, and shows only its own exports', async () => {
    const api = await host();
    const result = await api.exportDocument({ doc, request: { format: 'docx', credentialIds: [credentialId] }, path: 'spec' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.path).toBe(join(dir, 'spec.docx'));
    const xml = strFromU8(unzipSync(new Uint8Array(await readFile(result.path)))['word/document.xml']!);
    expect(xml).toContain('Cybersecurity Analyst');
    const again = await api.exportDocument({ doc, request: { format: 'docx', credentialIds: [credentialId] }, path: 'spec.docx' });
    expect(again).toMatchObject({ ok: false, code: 'exists' });
    expect(await api.showInFolder({ path: result.path })).toEqual({ ok: true, folder: dir, shown: false });
    expect(await api.showInFolder({ path: join(dir, 'other.docx') })).toMatchObject({ ok: false });
  });

  it('reports catalogue progress through the window\'s host events', async () => {
    const api = await host();
    const result = await api.exportDocument({ doc, request: { format: 'catalog', statuses: 'all' }, path: 'catalogue' });
    expect(result).toMatchObject({ ok: true, path: join(dir, 'catalogue.docx') });
    const { events } = await ctx.events.poll(0);
    const progress = events.filter((e) => e.type === 'export-progress');
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toMatchObject({ done: 2, total: 2 });
  });

  it('says which credential to choose when a single-credential format gets several', async () => {
    const api = await host();
    const ids = Object.values(doc.entities).filter((e) => e.kind === 'credential').map((e) => e.id);
    const result = await api.exportDocument({ doc, request: { format: 'ob3', credentialIds: ids }, path: 'x' });
    expect(result).toMatchObject({ ok: false, message: 'This format exports one micro-credential at a time.' });
  });
});
