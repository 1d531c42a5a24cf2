import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { mapFixture } from '../lib/fixtures';
import { median } from '../lib/measure';
import { hasGnuTime, peakRss } from '../lib/rss';
import type { Figure } from '../lib/types';

const ENTITIES = 10_000;
const RUNS = 3;
const KB_PER_MB = 1024;

export const figures: Figure[] = [
  {
    name: 'cli-validate-rss-10k',
    versus: 'the file size',
    description: `peak RSS of \`node bin/mcred.js validate FILE\` on the 10k-entity map (median of ${RUNS} runs); reference is the file size in MB; the budget bounds the value: 150 MB + 10 × file size`,
    measure(ctx) {
      const cli = join(ctx.root, 'bin', 'mcred.js');
      if (!existsSync(cli)) return { skipped: 'bin/mcred.js does not exist yet' };
      const { file, sizeMb } = mapFixture(ctx, ENTITIES);
      const runs: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const r = peakRss(cli, ['validate', file], { cwd: ctx.root, tmpDir: ctx.tmpDir });
        // Exit 1 means the map loaded and readiness findings remain: a full run, as measured.
        if (r.status !== 0 && r.status !== 1) {
          const why = r.stderr.trim().split('\n')[0] ?? '';
          return { skipped: `mcred validate exited with ${r.status}${why ? `: ${why}` : ''}` };
        }
        runs.push(r.maxRssKb / KB_PER_MB);
      }
      if (!hasGnuTime()) process.stderr.write('bench: cli-validate-rss-10k measured with the in-process wrapper (no /usr/bin/time)\n');
      return { value: median(runs), unit: 'MB', reference: sizeMb, target: null, budget: 150 + 10 * sizeMb };
    },
  },
];
