import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Peak resident memory of a child process. GNU time (`/usr/bin/time -v`) reports the
 * child's maximum RSS from the kernel; without it, a tiny wrapper runs the script
 * in-process and writes `process.resourceUsage().maxRSS` as it exits.
 */

const GNU_TIME = '/usr/bin/time';

export interface RssRun {
  /** Peak RSS in kibibytes. */
  maxRssKb: number;
  status: number | null;
  stderr: string;
  method: 'gnu-time' | 'wrapper';
}

export function hasGnuTime(): boolean {
  if (!existsSync(GNU_TIME)) return false;
  const probe = spawnSync(GNU_TIME, ['-v', '-o', '/dev/null', 'true'], { encoding: 'utf8' });
  return probe.status === 0;
}

/** Runs `node script ...args` and returns its peak RSS. */
export function peakRss(script: string, args: readonly string[], opts: { cwd: string; tmpDir: string }): RssRun {
  const report = join(opts.tmpDir, `rss-${process.pid}-${Date.now()}.txt`);
  try {
    if (hasGnuTime()) {
      const r = spawnSync(GNU_TIME, ['-v', '-o', report, process.execPath, script, ...args], { cwd: opts.cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(report, 'utf8'));
      if (!m) throw new Error(`no peak RSS in the output of ${GNU_TIME}`);
      return { maxRssKb: Number(m[1]), status: r.status, stderr: r.stderr, method: 'gnu-time' };
    }
    const wrapper = join(opts.tmpDir, 'rss-wrapper.mjs');
    writeFileSync(
      wrapper,
      [
        "import { writeFileSync } from 'node:fs';",
        "import { pathToFileURL } from 'node:url';",
        'const [report, script, ...rest] = process.argv.slice(2);',
        "process.on('exit', () => writeFileSync(report, String(process.resourceUsage().maxRSS)));",
        'process.argv = [process.argv[0], script, ...rest];',
        'await import(pathToFileURL(script).href);',
      ].join('\n'),
    );
    const r = spawnSync(process.execPath, [wrapper, report, script, ...args], { cwd: opts.cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return { maxRssKb: Number(readFileSync(report, 'utf8')), status: r.status, stderr: r.stderr, method: 'wrapper' };
  } finally {
    rmSync(report, { force: true });
  }
}
