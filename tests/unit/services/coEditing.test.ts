import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashBytes, loadDocumentFile } from '../../../electron/services/documents';
import { parseDocument, serialiseDocument } from '../../../shared/format';
import { makeTempDir, seededRandom } from '../cli/support/runCli';
import { CoEditor, missingEdits, sharedBase } from './support/coEditing';

/**
 * Two host processes co-editing one map in one folder, as two people on a shared drive:
 * many random edits and saves through saveOpenDocument, in every interleaving — one after
 * the other, on a stale base, and both saving at the same moment. After each step the file
 * loads and holds every edit either side has saved, and at the end every edit of both.
 *
 * Saves at the very same moment are the hard case: without the lock around check-and-
 * rename in saveDocumentFile both would pass the check and the later rename would replace
 * the earlier save (this test caught that on every simultaneous step). With it, the second
 * save sees the first and merges, so every step must hold every saved edit at once.
 */
let dir: string;
let cleanup: () => void;
let editors: CoEditor[];
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir('mcred-coedit-'));
  editors = [];
});
afterEach(async () => {
  await Promise.all(editors.map((e) => e.close()));
  cleanup();
});

const SEED = Number(process.env.CO_EDIT_SEED ?? 20260302);

async function startPair(path: string): Promise<[CoEditor, CoEditor]> {
  const pair = await Promise.all([CoEditor.start(path, 'a', 'hostaaaa', 'pe_ana', SEED), CoEditor.start(path, 'b', 'hostbbbb', 'pe_ben', SEED + 1)]);
  editors.push(...pair);
  return pair;
}

describe('two processes co-editing one file', () => {
  it('keep every edit of both, whatever the interleaving of their saves', async () => {
    const started = performance.now();
    const path = join(dir, 'shared.mcred');
    writeFileSync(path, serialiseDocument(sharedBase()));
    const [ana, ben] = await startPair(path);
    const random = seededRandom(SEED);
    const savedUpTo = new Map<CoEditor, number>([
      [ana, 0],
      [ben, 0],
    ]);
    const save = async (editor: CoEditor) => {
      const result = await editor.send({ cmd: 'save' });
      if (result.ok) savedUpTo.set(editor, result.logged);
      return result;
    };
    const edit = (editor: CoEditor) => editor.send({ cmd: 'edit', n: 1 + Math.floor(random() * 4) });
    const counts = { solo: 0, stale: 0, together: 0, resync: 0, merged: 0, refused: 0 };
    const problems: string[] = [];
    /** What each side has saved that the file on disk does not hold. */
    const savedButMissing = async () => {
      const loaded = await loadDocumentFile(path);
      if (!loaded.ok) return [`the file does not load: ${loaded.problems[0]?.message}`];
      const missing: string[] = [];
      for (const [editor, who] of [
        [ana, 'Ana'],
        [ben, 'Ben'],
      ] as const) {
        missing.push(...missingEdits(loaded.doc, who, (await editor.log()).slice(0, savedUpTo.get(editor))));
      }
      return missing;
    };

    for (let step = 0; step < 60; step++) {
      const roll = random();
      const [first, second] = random() < 0.5 ? [ana, ben] : [ben, ana];
      let results;
      const kind = roll < 0.25 ? 'solo' : roll < 0.5 ? 'stale' : roll < 0.85 ? 'together' : 'resync';
      if (roll < 0.25) {
        counts.solo++;
        await edit(first);
        results = [await save(first)];
      } else if (roll < 0.5) {
        // The second saves on a base the first has just made stale: it must merge.
        counts.stale++;
        await Promise.all([edit(first), edit(second)]);
        results = [await save(first), await save(second)];
      } else if (roll < 0.85) {
        // Both save at the same moment.
        counts.together++;
        await Promise.all([edit(first), edit(second)]);
        results = await Promise.all([save(first), save(second)]);
      } else {
        // The app's reaction to file-changed: merge their version in, then go on editing.
        counts.resync++;
        await first.send({ cmd: 'sync' });
        await edit(first);
        results = [await save(first)];
      }
      for (const r of results) {
        if (r.ok && r.merged) counts.merged++;
        if (!r.ok) counts.refused++;
      }
      problems.push(...(await savedButMissing()).map((p) => `step ${step} (${kind}): ${p}`));
    }

    // Finally each saves what it still has (a refused save leaves edits unsaved).
    for (const editor of [ana, ben, ana]) {
      await editor.send({ cmd: 'sync' });
      expect(await save(editor)).toMatchObject({ ok: true });
    }
    const final = await loadDocumentFile(path);
    if (!final.ok) throw new Error('the final file does not load');
    const logs = { Ana: await ana.log(), Ben: await ben.log() };
    const finalProblems = [...missingEdits(final.doc, 'Ana', logs.Ana), ...missingEdits(final.doc, 'Ben', logs.Ben)];
    console.info(
      `co-editing (seed ${SEED}): ${logs.Ana.length} + ${logs.Ben.length} edits; steps: ${JSON.stringify(counts)}; ${(performance.now() - started).toFixed(0)} ms`,
    );
    expect(finalProblems).toEqual([]);
    expect(problems.slice(0, 20)).toEqual([]);
  }, 120_000);
});

describe('a co-editor killed in the middle of saving', () => {
  it('leaves the file whole every time: the version before that save or the one it was writing', async () => {
    const started = performance.now();
    const files = 4;
    const killsPerFile = 3;
    // A bigger map makes a save last long enough for the kill to land inside it.
    const base = serialiseDocument(sharedBase(3_000));
    const outcomes = await Promise.all(
      Array.from({ length: files }, async (_, f) => {
        const folder = join(dir, `file${f}`);
        mkdirSync(folder);
        const path = join(folder, 'shared.mcred');
        writeFileSync(path, base);
        const results: string[] = [];
        for (let k = 0; k < killsPerFile; k++) {
          const editor = await CoEditor.start(path, `k${k}`, `kill${f}${k}aa`, 'pe_ana', SEED + 10 * f + k);
          editors.push(editor);
          await editor.send({ cmd: 'edit', n: 3 });
          const first = await editor.send({ cmd: 'save' });
          if (!first.ok) throw new Error(first.message);
          await editor.send({ cmd: 'edit', n: 3 });
          const before = hashBytes(readFileSync(path));
          let writing = '';
          // Somewhere within the time a save took here, so kills land before, inside and after the write.
          const delay = Math.floor(seededRandom(SEED + f * 100 + k)() * first.ms * 1.2);
          editor.onSaving = (hash) => {
            writing = hash;
            setTimeout(() => void editor.kill(), delay);
          };
          await editor.send({ cmd: 'save' }).catch(() => undefined);
          await editor.kill();
          const bytes = readFileSync(path);
          const parsed = parseDocument(bytes);
          const hash = hashBytes(bytes);
          if (!parsed.ok) results.push(`file ${f}, kill ${k}: DOES NOT LOAD`);
          else if (hash === before) results.push('old');
          else if (hash === writing) results.push('new');
          else results.push(`file ${f}, kill ${k}: neither the old nor the new version`);
        }
        const leftovers = readdirSync(folder).filter((n) => n.endsWith('.tmp')).length;
        return { results, leftovers };
      }),
    );
    const all = outcomes.flatMap((o) => o.results);
    console.info(
      `killed mid-save ${all.length} times: ${all.filter((r) => r === 'old').length} × old version, ${all.filter((r) => r === 'new').length} × new; ` +
        `temp files left for the next save to clear: ${outcomes.reduce((n, o) => n + o.leftovers, 0)}; ${(performance.now() - started).toFixed(0)} ms`,
    );
    expect(all.filter((r) => r !== 'old' && r !== 'new')).toEqual([]);
  }, 120_000);
});
