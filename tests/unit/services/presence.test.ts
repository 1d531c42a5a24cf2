import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listOthers, presenceFilePath, startPresence, type PresenceSession, type PresenceWriter } from '../../../electron/services/documents';
import { makeTempDir } from '../cli/support/runCli';

/**
 * Presence files: each window writes its own `.<map>.presence-<session>.json` beside the
 * map and reads the others'. They come from other machines and anyone with access to the
 * folder, so stale, broken and hostile ones must be ignored without harm.
 */
let dir: string;
let doc: string;
let cleanup: () => void;
let sessions: PresenceSession[];
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir('mcred-presence-'));
  doc = join(dir, 'map.mcred');
  writeFileSync(doc, '{}');
  sessions = [];
});
afterEach(async () => {
  await Promise.all(sessions.map((s) => s.stop()));
  cleanup();
});

const NOW = Date.UTC(2026, 2, 2, 10, 0, 0);
const ana = { personId: 'pe_ana', name: 'Ana Lopez', organisation: 'Acme Security' };
const ben = { personId: 'pe_ben', name: 'Ben Okafor' };

async function open(sessionId: string, who: { personId: string; name: string; organisation?: string }, extra: { writer?: PresenceWriter; now?: () => number } = {}): Promise<PresenceSession> {
  const session = startPresence(doc, { sessionId, identity: () => who, now: extra.now ?? (() => NOW), ...(extra.writer ? { writer: extra.writer } : {}) });
  sessions.push(session);
  await session.refresh();
  return session;
}

/** A presence file as another app instance writes it, with `changes` on top. */
function record(sessionId: string, changes: Record<string, unknown> = {}): Record<string, unknown> {
  const at = new Date(NOW - 10_000).toISOString();
  return { app: 'micro-credential-studio', sessionId, personId: 'pe_cai', name: 'Cai Wu', machine: 'LAPTOP-7', since: at, refreshedAt: at, ...changes };
}

function plant(sessionId: string, content: string | Record<string, unknown>): string {
  const path = presenceFilePath(doc, sessionId);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('two windows on one map', () => {
  it('see each other, never themselves', async () => {
    await open('sessionaaaa1', ana);
    await open('sessionbbbb2', ben);
    expect(await listOthers(doc, 'sessionaaaa1', NOW)).toEqual([
      { sessionId: 'sessionbbbb2', personId: 'pe_ben', name: 'Ben Okafor', machine: hostname(), since: new Date(NOW).toISOString() },
    ]);
    expect(await listOthers(doc, 'sessionbbbb2', NOW)).toEqual([expect.objectContaining({ sessionId: 'sessionaaaa1', name: 'Ana Lopez', organisation: 'Acme Security' })]);
  });

  it('write hidden files named after the map and the session, one each', async () => {
    await open('sessionaaaa1', ana);
    await open('sessionbbbb2', ben);
    expect(readdirSync(dir).sort()).toEqual(['.map.mcred.presence-sessionaaaa1.json', '.map.mcred.presence-sessionbbbb2.json', 'map.mcred']);
    expect(JSON.parse(readFileSync(presenceFilePath(doc, 'sessionaaaa1'), 'utf8'))).toEqual({
      app: 'micro-credential-studio',
      sessionId: 'sessionaaaa1',
      ...ana,
      machine: hostname(),
      since: new Date(NOW).toISOString(),
      refreshedAt: new Date(NOW).toISOString(),
    });
  });

  it('do not see the presence of another map in the same folder', async () => {
    await open('sessionaaaa1', ana);
    writeFileSync(join(dir, '.other.mcred.presence-sessionzzzz9.json'), JSON.stringify(record('sessionzzzz9')));
    expect(await listOthers(doc, 'sessionbbbb2', NOW)).toHaveLength(1);
  });

  it('a window that closes removes its file, and the other stops seeing it', async () => {
    const a = await open('sessionaaaa1', ana);
    await open('sessionbbbb2', ben);
    await a.stop();
    expect(existsSync(a.path)).toBe(false);
    expect(await listOthers(doc, 'sessionbbbb2', NOW)).toEqual([]);
  });

  it('refreshing keeps the opening time and takes up a name entered meanwhile', async () => {
    let who: { personId: string; name: string } = { personId: 'unknown', name: 'Unknown author' };
    let now = NOW;
    const session = startPresence(doc, { sessionId: 'sessionaaaa1', identity: () => who, now: () => now });
    sessions.push(session);
    await session.refresh();
    who = ana;
    now = NOW + 90_000;
    await session.refresh();
    expect(await listOthers(doc, 'sessionbbbb2', now)).toEqual([expect.objectContaining({ name: 'Ana Lopez', since: new Date(NOW).toISOString() })]);
  });
});

describe('stale presence', () => {
  it('is ignored once not refreshed for two minutes (a crash, a machine asleep)', async () => {
    plant('sessioncccc3', record('sessioncccc3', { refreshedAt: new Date(NOW - 121_000).toISOString() }));
    plant('sessiondddd4', record('sessiondddd4', { refreshedAt: new Date(NOW - 60_000).toISOString() }));
    expect((await listOthers(doc, 'sessionaaaa1', NOW)).map((p) => p.sessionId)).toEqual(['sessiondddd4']);
    expect(await listOthers(doc, 'sessionaaaa1', NOW, { staleMs: 30_000 })).toEqual([]);
  });

  it('is not believed when dated far in the future', async () => {
    plant('sessioncccc3', record('sessioncccc3', { refreshedAt: new Date(NOW + 3_600_000).toISOString() }));
    expect(await listOthers(doc, 'sessionaaaa1', NOW)).toEqual([]);
  });

  it('is removed when abandoned for more than a day', async () => {
    const old = plant('sessioncccc3', record('sessioncccc3', { refreshedAt: new Date(NOW - 3 * 86_400_000).toISOString() }));
    const broken = plant('sessiondddd4', 'not json');
    const fresh = plant('sessioneeee5', record('sessioneeee5'));
    const longAgo = new Date(NOW - 2 * 86_400_000);
    utimesSync(old, longAgo, longAgo);
    utimesSync(broken, longAgo, longAgo);
    expect((await listOthers(doc, 'sessionaaaa1', NOW)).map((p) => p.sessionId)).toEqual(['sessioneeee5']);
    expect([existsSync(old), existsSync(broken), existsSync(fresh)]).toEqual([false, false, true]);
  });
});

describe('hostile or broken presence files', () => {
  it('are ignored: invalid JSON, the wrong shape, too big, a folder, a pipe, a link, a name that does not match', async () => {
    plant('sessionbad01', '{ "app": "micro-credential-studio", ');
    plant('sessionbad02', record('sessionbad02', { name: 42 }));
    plant('sessionbad03', record('sessionbad03', { app: 'something-else' }));
    plant('sessionbad04', { ...record('sessionbad04'), name: 'x'.repeat(5_000) });
    plant('sessionbad05', record('someoneelse99'));
    plant('sessionbad06', '[]');
    plant('sessionbad07', 'null');
    plant('sessionbad08', record('sessionbad08', { refreshedAt: 'yesterday' }));
    mkdirSync(presenceFilePath(doc, 'sessionbad09'));
    execFileSync('mkfifo', [presenceFilePath(doc, 'sessionbad10')]);
    const big = join(dir, 'big.json');
    writeFileSync(big, JSON.stringify({ ...record('sessionbad11'), padding: 'x'.repeat(10_000_000) }));
    symlinkSync(big, presenceFilePath(doc, 'sessionbad11'));
    writeFileSync(presenceFilePath(doc, 'sessionbad12'), Buffer.alloc(2_000_000, 32));
    writeFileSync(join(dir, '.map.mcred.presence-Session..13.json'), JSON.stringify(record('Session..13')));
    plant('sessiongood1', record('sessiongood1'));
    expect((await listOthers(doc, 'sessionaaaa1', NOW)).map((p) => p.sessionId)).toEqual(['sessiongood1']);
  });

  it('cannot reach the prototype chain, and pass on only the known fields', async () => {
    plant('sessionprot1', `{"__proto__": {"polluted": true}, ${JSON.stringify(record('sessionprot1')).slice(1)}`);
    // Every field only under "__proto__": JSON.parse makes that an own key, so nothing is there.
    plant('sessionprot2', `{"__proto__": ${JSON.stringify(record('sessionprot2'))}}`);
    plant('sessionprot3', JSON.stringify({ ...record('sessionprot3'), constructor: { prototype: { polluted: true } }, extra: 'field' }));
    const others = await listOthers(doc, 'sessionaaaa1', NOW);
    expect(others.map((p) => p.sessionId)).toEqual(['sessionprot1', 'sessionprot3']);
    for (const p of others) expect(Object.keys(p).sort()).toEqual(['machine', 'name', 'personId', 'sessionId', 'since']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('a folder stuffed with presence files', () => {
  it('does not hide a real co-editor behind 64 junk files named like presence files', async () => {
    // Junk sorts before the real one by name and is older: read newest first, it costs a read and hides nobody.
    for (let i = 0; i < 64; i++) {
      const path = plant(`aaaajunk${String(i).padStart(4, '0')}`, '{"app": "junk"}');
      utimesSync(path, (NOW - 60_000) / 1000, (NOW - 60_000) / 1000);
    }
    plant('zzzzreal0001', record('zzzzreal0001'));
    expect((await listOthers(doc, 'sessionaaaa1', NOW)).map((p) => p.name)).toEqual(['Cai Wu']);
  });

  it('shows one person at most 8 windows, so a flood from one author crowds out no one', async () => {
    for (let i = 0; i < 80; i++) plant(`aaaaflood${String(i).padStart(3, '0')}`, record(`aaaaflood${String(i).padStart(3, '0')}`, { personId: 'pe_flood', name: 'Flood' }));
    plant('zzzzreal0001', record('zzzzreal0001'));
    const others = await listOthers(doc, 'sessionaaaa1', NOW);
    expect(others.filter((p) => p.personId === 'pe_flood')).toHaveLength(8);
    expect(others.map((p) => p.name)).toContain('Cai Wu');
  });

  it('shows names without control or bidi-override characters', async () => {
    plant('sessionbidi1', record('sessionbidi1', { name: 'Mallory\u202e\u0007 gnp.exe', organisation: '\u2066Acme\u0000\u2069', machine: 'PC\r\n-1' }));
    plant('sessionbidi2', record('sessionbidi2', { personId: 'pe_dee', name: '\u202e\u200f' }));
    const others = await listOthers(doc, 'sessionaaaa1', NOW);
    expect(others.map((p) => [p.name, p.organisation, p.machine])).toEqual([
      ['Mallory gnp.exe', 'Acme', 'PC-1'],
      ['Someone', undefined, 'LAPTOP-7'],
    ]);
  });
});

describe('a folder we cannot write', () => {
  it('shows nobody our presence, and breaks nothing', async () => {
    const refusing: PresenceWriter = {
      write: async () => {
        throw Object.assign(new Error('read-only'), { code: 'EACCES' });
      },
      remove: async () => {
        throw Object.assign(new Error('read-only'), { code: 'EACCES' });
      },
    };
    const session = await open('sessionaaaa1', ana, { writer: refusing });
    expect(await session.refresh()).toBe(false);
    plant('sessionbbbb2', record('sessionbbbb2'));
    expect((await listOthers(doc, 'sessionaaaa1', NOW)).map((p) => p.sessionId)).toEqual(['sessionbbbb2']);
    await expect(session.stop()).resolves.toBeUndefined();
  });

  it('or cannot even read: nobody is there', async () => {
    expect(await listOthers(join(dir, 'missing', 'map.mcred'), 'sessionaaaa1', NOW)).toEqual([]);
  });
});
