import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keepLoadWorkerReady, loadWorkerState, openDocumentAt, parseOffThread, stopLoadWorkers } from '../../../electron/services/documents';
import { parseDocument, repairDocument } from '../../../shared/format';
import { FIXTURES, makeTempDir } from '../cli/support/runCli';
import { bigBadMapText } from '../../bench/lib/badMap';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir('mcred-worker-')));
afterEach(async () => {
  cleanup();
  await stopLoadWorkers();
});

const damaged = new Uint8Array(readFileSync(join(FIXTURES, 'bad', 'stamps-for-missing-record.mcred')));

describe('parsing in a worker thread', () => {
  it('gives what the load pipeline and the repair give in place', async () => {
    expect(await parseOffThread(damaged, {})).toEqual(parseDocument(damaged));
    expect(await parseOffThread(damaged, { repair: true })).toEqual(repairDocument(damaged));
  }, 60_000);

  it('stops a load that goes past the time limit, with a clear problem, and the file is not opened', async () => {
    const path = join(dir, 'broken.mcred');
    writeFileSync(path, bigBadMapText(1_000));
    // No worker starts, let alone checks a megabyte, within a millisecond.
    const result = await openDocumentAt(path, undefined, { offThread: true, timeLimitMs: 1 });
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'too-slow', message: expect.stringMatching(/took longer than .* was not opened and has not been changed/) }] });
  }, 60_000);

  describe('a warmed worker kept ready', () => {
    it('is kept after a first large load, and the next load takes it instead of starting one', async () => {
      expect(loadWorkerState().ready).toBe(false);
      expect(await parseOffThread(damaged, {})).toEqual(parseDocument(damaged));
      expect(loadWorkerState().ready).toBe(true);
      const before = loadWorkerState().started;
      const next = parseOffThread(damaged, { repair: true });
      expect(loadWorkerState()).toEqual({ ready: false, started: before });
      expect(await next).toEqual(repairDocument(damaged));
      // The next one is made ready after the load, off its time.
      expect(loadWorkerState()).toEqual({ ready: true, started: before + 1 });
    }, 60_000);

    it('takes a load that comes while it is still warming up', async () => {
      keepLoadWorkerReady();
      expect(loadWorkerState().ready).toBe(true);
      expect(await parseOffThread(damaged, {})).toEqual(parseDocument(damaged));
    }, 60_000);

    it('is stopped with the host: none is kept, and a load then starts its own worker', async () => {
      keepLoadWorkerReady();
      await stopLoadWorkers();
      expect(loadWorkerState().ready).toBe(false);
      const before = loadWorkerState().started;
      const load = parseOffThread(damaged, {});
      expect(loadWorkerState().started).toBe(before + 1);
      expect(await load).toEqual(parseDocument(damaged));
    }, 60_000);
  });
});
