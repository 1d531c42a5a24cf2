import { describe, expect, it } from 'vitest';
import type { CheckResult, HostEvent, StudioApi, WatchRequest } from '../../../shared/ipc';
import { mergeDocuments } from '../../../shared/merge';
import { CollaborationStore } from '../../../renderer/src/features/collaboration/collaborationStore';
import { LiveSync } from '../../../renderer/src/features/collaboration/liveSync';
import { describePresence } from '../../../renderer/src/features/collaboration/messages';
import { DocumentStore, SessionStore } from '../../../renderer/src/store';
import type { OpenMap } from '../../../renderer/src/features/files/openMap';
import { OPENED, open } from '../merge/support/story';

const PATH = '/shared/map.mcred';

/** A fake host answering checkDocument from a queue, recording watch calls. */
function harness(doc = open()[0].doc) {
  const checks: CheckResult[] = [];
  const watches: WatchRequest[] = [];
  const notices: { tone: string; text: string; details?: string[]; review?: boolean }[] = [];
  const api = {
    watchDocument: async (r: WatchRequest) => {
      watches.push(r);
      return { ok: true as const, others: [] };
    },
    checkDocument: async () => checks.shift() ?? { status: 'unchanged' as const },
  } as unknown as StudioApi;
  const store = new DocumentStore(doc, 'pe_ben', 'benwin01', () => OPENED + 5_000);
  const map: OpenMap = { store, session: new SessionStore(), source: { kind: 'file', path: PATH, hash: 'a'.repeat(64) }, sessionId: 'benwin01', key: 'k' };
  const collab = new CollaborationStore();
  let queue = Promise.resolve();
  const sync = new LiveSync(api, map, collab, {
    exclusive: (task) => {
      const run = queue.then(task);
      queue = run.then(() => undefined, () => undefined);
      return run;
    },
    notify: (tone, text, details, review) => notices.push({ tone, text, details, review }),
    sourceChanged: () => undefined,
  });
  return { checks, watches, notices, store, map, collab, sync };
}

describe('live sync of a shared file', () => {
  it('merges a save by someone else into an unedited map: shows theirs, stays clean, moves the base hash', async () => {
    const [ana, ben] = open();
    const h = harness(ben.doc);
    ana.apply('entity.update', { id: 'lo_analyse', changes: { statement: 'Analyse firewall logs' } }, OPENED + 10);
    const theirs = ana.save(OPENED + 20).doc;
    h.checks.push({ status: 'changed', doc: theirs, hash: 'b'.repeat(64) });
    await h.sync.check();
    expect(h.store.getState().doc).toBe(theirs);
    expect(h.store.isDirty()).toBe(false);
    expect(h.map.source).toMatchObject({ kind: 'file', hash: 'b'.repeat(64) });
    expect(h.notices).toEqual([expect.objectContaining({ tone: 'info', text: 'Merged 1 change from Ana Lopez.' })]);
    expect(h.notices[0]!.details?.[0]).toMatch(/Analyse firewall logs/);
  });

  it('keeps local unsaved edits and the undo history; conflicts go to review', async () => {
    const [ana, ben] = open();
    const h = harness(ben.doc);
    h.store.dispatch({ name: 'entity.update', payload: { id: 'lo_analyse', changes: { statement: 'Investigate logs' } } });
    h.store.dispatch({ name: 'entity.update', payload: { id: 'sk_triage', changes: { importance: 'optional' } } });
    ana.apply('entity.update', { id: 'lo_analyse', changes: { statement: 'Analyse firewall logs' } }, OPENED + 10);
    ana.apply('entity.update', { id: 'lo_contain', changes: { code: 'LO2' } }, OPENED + 11);
    h.checks.push({ status: 'changed', doc: ana.save(OPENED + 20).doc, hash: 'c'.repeat(64) });
    await h.sync.check();
    const doc = h.store.getState().doc;
    expect(doc.entities.lo_contain).toMatchObject({ code: 'LO2' });
    expect(doc.entities.sk_triage).toMatchObject({ importance: 'optional' });
    expect(h.store.isDirty()).toBe(true);
    expect(h.collab.getState().reviews.map((r) => r.key)).toEqual(['lo_analyse|statement|field']);
    expect(h.collab.getState().marks.get('lo_analyse')).toBe(1);
    expect(h.notices[0]).toMatchObject({ review: true });
    expect(h.notices[0]!.text).toMatch(/1 conflict needs your review/);
    // Undo still takes back the local edit, and only it.
    expect(h.store.undo()).toBe(true);
    expect(h.store.getState().doc.entities.sk_triage).toMatchObject({ importance: 'essential' });
    expect(h.store.getState().doc.entities.lo_contain).toMatchObject({ code: 'LO2' });
  });

  it('says once that the file became unreadable, and never replaces the map', async () => {
    const h = harness();
    const before = h.store.getState().doc;
    h.checks.push({ status: 'unreadable', message: 'Someone changed it into something that cannot be read.' });
    h.checks.push({ status: 'unreadable', message: 'Someone changed it into something that cannot be read.' });
    await h.sync.check();
    await h.sync.check();
    expect(h.notices).toHaveLength(1);
    expect(h.notices[0]!.tone).toBe('error');
    expect(h.store.getState().doc).toBe(before);
  });

  it('ignores a save it already has (no notice) and events for other files', async () => {
    const h = harness();
    await h.sync.follow();
    expect(h.watches).toEqual([{ path: PATH, sessionId: 'benwin01' }]);
    const doc = h.store.getState().doc;
    h.checks.push({ status: 'changed', doc, hash: 'd'.repeat(64) });
    await h.sync.check();
    expect(h.notices).toEqual([]);
    const other: HostEvent = { type: 'file-changed', path: '/elsewhere.mcred' };
    expect(h.sync.onHostEvent(other)).toBe(false);
    const presence: HostEvent = { type: 'presence', path: PATH, others: [{ sessionId: 'anawin01', personId: 'pe_ana', name: 'Ana Lopez', organisation: 'Acme Security', machine: 'ana-laptop', since: '2026-01-05T10:00:00Z' }] };
    expect(h.sync.onHostEvent(presence)).toBe(true);
    expect(describePresence(h.collab.getState().others)).toBe('Ana Lopez (Acme Security) also has this map open');
    h.sync.dispose();
    expect(h.watches.at(-1)).toEqual({ path: null, sessionId: 'benwin01' });
  });

  it('brings back what their overwrite lost (their copy lacked our saved records): the map stays dirty to save it', async () => {
    const [ana, ben] = open();
    ben.apply('entity.update', { id: 'lo_contain', changes: { code: 'LO9' } }, OPENED + 5);
    const ours = ben.save(OPENED + 6).doc;
    const h = harness(ours);
    // An old tool wrote Ana's copy over the file without merging.
    ana.apply('entity.update', { id: 'sk_triage', changes: { description: 'x' } }, OPENED + 10);
    h.checks.push({ status: 'changed', doc: ana.save(OPENED + 20).doc, hash: 'e'.repeat(64) });
    await h.sync.check();
    const doc = h.store.getState().doc;
    expect(doc.entities.lo_contain).toMatchObject({ code: 'LO9' });
    expect(doc.entities.sk_triage).toMatchObject({ description: 'x' });
    expect(h.store.isDirty()).toBe(true);
    expect(mergeDocuments(doc, ours).changes.fromB).toEqual([]);
  });
});

describe('presence wording', () => {
  const p = (sessionId: string, name: string, organisation?: string, personId = `pe_${name}`) => ({ sessionId, personId, name, machine: 'm', since: '2026-01-05T10:00:00Z', ...(organisation ? { organisation } : {}) });
  it('names one, two, or one and a count', () => {
    expect(describePresence([])).toBe('');
    expect(describePresence([p('s1', 'Ana Lopez')])).toBe('Ana Lopez also has this map open');
    expect(describePresence([p('s1', 'Ana Lopez'), p('s2', 'Ana Lopez')])).toBe('Ana Lopez also has this map open in 2 windows');
    expect(describePresence([p('s1', 'Ana Lopez', 'Acme'), p('s2', 'Ben Okafor')])).toBe('Ana Lopez (Acme) and Ben Okafor also have this map open');
    expect(describePresence([p('s1', 'A'), p('s2', 'B'), p('s3', 'C')])).toBe('A and 2 others also have this map open');
  });
});
