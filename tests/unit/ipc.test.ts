import { describe, expect, it } from 'vitest';
import { routeStudioCall, type SenderInfo } from '../../electron/main/senderCheck';
import { STUDIO_CHANNELS, STUDIO_METHODS, callStudioMethod, studioArgSchemas, type StudioCalls } from '../../shared/ipc';
import { emptyMap } from './cli/support/maps';

/** A host whose every method records its call: enough to see what gets through the checks. */
function recordingApi(): { api: StudioCalls; calls: string[] } {
  const calls: string[] = [];
  const api = Object.fromEntries(
    STUDIO_METHODS.map((m) => [
      m,
      async (...args: unknown[]) => {
        calls.push(`${m}(${JSON.stringify(args).slice(0, 40)})`);
        return null;
      },
    ]),
  ) as unknown as StudioCalls;
  return { api, calls };
}

const HASH = 'a'.repeat(64);

describe('the StudioApi contract', () => {
  it('has one channel and one argument schema per method, and channels are never typed twice', () => {
    const channels = Object.values(STUDIO_CHANNELS);
    expect(new Set(channels).size).toBe(channels.length);
    expect(Object.keys(studioArgSchemas()).sort()).toEqual([...STUDIO_METHODS].sort());
  });

  it('lets a well-formed save through', () => {
    const { api, calls } = recordingApi();
    const call = callStudioMethod(api, 'saveDocument', [{ doc: emptyMap(), path: '/maps/a.mcred', baseHash: HASH }]);
    expect(call.ok).toBe(true);
    expect(calls).toHaveLength(1);
  });

  it.each([
    ['no arguments at all', 'saveDocument', []],
    ['a document that is not a map', 'saveDocument', [{ doc: { format: 'other' }, path: '/a.mcred', baseHash: HASH }]],
    ['a bad base hash', 'saveDocument', [{ doc: emptyMap(), path: '/a.mcred', baseHash: 'x' }]],
    ['an extra field', 'saveDocument', [{ doc: emptyMap(), path: '/a.mcred', baseHash: HASH, sneaky: 1 }]],
    ['a path with a NUL byte', 'openDocument', [{ path: '/a\0.mcred', replace: true }]],
    ['a session id that walks out of the recovery folder', 'discardRecovery', [{ id: '../../etc' }]],
    ['an identity without a name', 'setIdentity', [{ personId: 'pe_me', name: ' ' }]],
    ['too many arguments', 'getIdentity', [1]],
    ['a negative event cursor', 'pollEvents', [{ after: -1 }]],
  ])('refuses %s with a clear message, before the host sees it', (_what, method, args) => {
    const { api, calls } = recordingApi();
    const call = callStudioMethod(api, method, args);
    expect(call).toMatchObject({ ok: false, reason: 'invalid-arguments' });
    expect(!call.ok && call.message).toMatch(new RegExp(`^The arguments for ${method} are not valid`));
    expect(calls).toEqual([]);
  });

  it('says which field of a document is wrong, without echoing its value', () => {
    const doc = emptyMap();
    const bad = { ...doc, settings: { ...doc.settings, title: 'x'.repeat(600) } };
    const call = callStudioMethod(recordingApi().api, 'saveDocument', [{ doc: bad, path: '/a.mcred', baseHash: HASH }]);
    expect(!call.ok && call.message).toContain('doc.settings.title');
    expect(!call.ok && call.message).not.toContain('xxxx');
  });

  it.each(['__proto__', 'toString', 'constructor', 'nope'])('refuses the unknown method %s', (method) => {
    expect(callStudioMethod(recordingApi().api, method, [])).toMatchObject({ ok: false, reason: 'unknown-method' });
  });
});

describe('the Electron sender check', () => {
  const { api } = recordingApi();
  const apiFor = (id: number) => (id === 7 ? api : undefined);
  const event = (over: Partial<{ id: number; parent: unknown; url: string; frame: boolean }> = {}): SenderInfo => ({
    sender: { id: over.id ?? 7 },
    senderFrame: over.frame === false ? null : { parent: over.parent ?? null, url: over.url ?? 'app://studio/index.html' },
  });

  it('accepts the top frame of our own window showing our page', () => {
    expect(routeStudioCall(event(), 'getIdentity', [], apiFor).ok).toBe(true);
  });

  it.each([
    ['a subframe', event({ parent: {} })],
    ['a page from another origin', event({ url: 'https://evil.example/' })],
    ['a file:// page', event({ url: 'file:///tmp/index.html' })],
    ['a look-alike host', event({ url: 'app://studio.evil/index.html' })],
    ['a window we did not create', event({ id: 99 })],
    ['a frame that is gone', event({ frame: false })],
  ])('refuses %s', (_what, e) => {
    expect(routeStudioCall(e, 'getIdentity', [], apiFor)).toMatchObject({ ok: false, reason: 'untrusted-sender' });
  });

  it('validates the arguments after the sender', () => {
    expect(routeStudioCall(event(), 'setIdentity', [{}], apiFor)).toMatchObject({ ok: false, reason: 'invalid-arguments' });
  });
});
