import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDocumentAt, parseOffThread } from '../../../electron/services/documents';
import { parseDocument, repairDocument } from '../../../shared/format';
import { FIXTURES, makeTempDir } from '../cli/support/runCli';
import { bigBadMapText } from '../../bench/lib/badMap';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir('mcred-worker-')));
afterEach(() => cleanup());

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
});
