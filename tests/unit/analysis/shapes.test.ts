import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/**
 * V8 frees the hidden class of a kind of object once none is alive, and throws away the
 * optimised code that inlined it ("marking dependent code … for deoptimization, reason:
 * weak objects"). The engine keeps one analysis alive (`engineAnchor`) so that a major GC
 * between two runs costs nothing; before that, every run after a GC re-optimised the
 * whole engine and took about twice as long. This runs the engine in a child process
 * with V8's deoptimisation trace and checks that no engine function is thrown away.
 */

/** Functions of shared/analysis that every full run executes, by the names V8 prints. */
const ENGINE_FUNCTIONS = ['fullRun', 'entity', 'link', 'run', 'check', 'buildView', 'orderedOutcomes', 'from', 'to', 'credential', 'bloom', 'emit', 'take', 'begin'];

describe('the engine across garbage collections', () => {
  it('keeps its optimised code when a major GC runs between two analyses', async () => {
    const script = join(import.meta.dirname, 'support', 'gcBetweenRuns.ts');
    const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', '--trace-deopt-verbose', '--import', 'tsx', script, '2000'], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const marking = /<SharedFunctionInfo (\w+)>\) \(opt id \d+\) for deoptimization, reason: weak objects/g;
    // The trace reads as expected: the generator's own code is thrown away once its
    // temporary objects are collected, before the marker (a new Node could word it otherwise).
    expect(stdout.match(marking)?.length ?? 0).toBeGreaterThan(0);
    const after = stdout.slice(stdout.indexOf('=== warmed up'));
    expect(after).toMatch(/=== done: [1-9]\d* findings/);
    const dropped = [...after.matchAll(marking)].map((m) => m[1]!);
    expect(dropped.filter((name) => ENGINE_FUNCTIONS.includes(name))).toEqual([]);
  }, 60_000);
});
