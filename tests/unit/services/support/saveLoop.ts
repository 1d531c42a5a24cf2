// Child process for the crash test: saves two versions of a big map over one file, in a
// loop, until it is killed. The bytes are serialised once up front, so that nearly all
// of the loop is the atomic write itself (temp file, fsync, backup, rename): a kill at a
// random moment then lands inside a write. Prints "ready" once the first save is on disk.
import { writeFileAtomic } from '../../../../electron/services/documents';
import { serialiseDocument } from '../../../../shared/format';
import { makeBigMap } from './bigMap';

const target = process.argv[2];
const skills = Number(process.argv[3] ?? 10_000);
if (!target) throw new Error('usage: saveLoop.ts FILE [SKILLS]');

const versions = ['Version A', 'Version B'].map((title) => Buffer.from(serialiseDocument(makeBigMap(title, skills)), 'utf8'));

async function loop(): Promise<void> {
  for (let i = 0; ; i++) {
    await writeFileAtomic(target!, versions[i % 2]!, { backup: true });
    if (i === 0) process.stdout.write('ready\n');
  }
}

void loop();
