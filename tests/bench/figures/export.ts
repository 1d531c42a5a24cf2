import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportCatalogue, exportSpecification, specificationMarkdown } from '../../../shared/export';
import type { McredDocument } from '../../../shared/model';
import { createSampleDocument } from '../../../shared/sample';
import { mapFixture } from '../lib/fixtures';
import { collectGarbage, median } from '../lib/measure';
import type { BenchContext, Figure, Measurement, Skipped } from '../lib/types';

/**
 * Budget from the architecture page: a 50-credential catalogue .docx ≤ 1.0 × pandoc
 * converting the same content from Markdown, both measured in this run. The Markdown is
 * `specificationMarkdown` of the same credentials (every section, table and text of the
 * Word document, without styling, tracked changes or comments), written to a temp file;
 * pandoc's time includes starting the process, as exporting includes nothing of the kind.
 */

/** 7,220 entities hold 200 credentials; 1,805 in the same proportions hold 50. */
const CATALOGUE_ENTITIES = 1_805;
const NOW = new Date('2026-03-20T10:00:00Z');

const hasPandoc = (): boolean => spawnSync('pandoc', ['--version'], { stdio: 'ignore', timeout: 30_000 }).status === 0;

/** Times an async subject against a synchronous reference, interleaved, medians of `reps`. */
async function timeAgainst(subject: () => Promise<unknown>, reference: () => void, opts: { warmup: number; reps: number }): Promise<{ subject: number; reference: number }> {
  for (let i = 0; i < opts.warmup; i++) {
    await subject();
    reference();
  }
  const s: number[] = [];
  const r: number[] = [];
  const timeS = async () => {
    collectGarbage();
    const t0 = performance.now();
    await subject();
    s.push(performance.now() - t0);
  };
  const timeR = () => {
    collectGarbage();
    const t0 = performance.now();
    reference();
    r.push(performance.now() - t0);
  };
  for (let i = 0; i < opts.reps; i++) {
    if (i % 2 === 0) {
      await timeS();
      timeR();
    } else {
      timeR();
      await timeS();
    }
  }
  return { subject: median(s), reference: median(r) };
}

/** pandoc converting the Markdown of the same credentials to .docx, as a reference. */
function pandocReference(ctx: BenchContext, name: string, doc: McredDocument, ids: readonly string[]): () => void {
  const md = join(ctx.tmpDir, `${name}.md`);
  writeFileSync(md, specificationMarkdown(doc, ids));
  const out = join(ctx.tmpDir, `${name}-pandoc.docx`);
  return () => {
    execFileSync('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', out, md], { stdio: 'ignore' });
  };
}

const credentialIds = (doc: McredDocument) => Object.values(doc.entities).filter((e) => e.kind === 'credential').map((e) => e.id);

export const figures: Figure[] = [
  {
    name: 'export-spec',
    versus: 'pandoc, Markdown to .docx',
    description:
      'exportSpecification of the example\'s 12-credit analyst certificate to .docx bytes (contents listed, page numbers turned off) vs pandoc converting the same content from Markdown; informational',
    async measure(ctx): Promise<Measurement | Skipped> {
      if (!hasPandoc()) return { skipped: 'pandoc is not installed' };
      const doc = createSampleDocument();
      const id = 'mc_analyst';
      const t = await timeAgainst(() => exportSpecification(doc, id, { now: NOW, pageNumbers: false }), pandocReference(ctx, 'spec', doc, [id]), { warmup: Math.max(1, ctx.warmup), reps: Math.max(3, Math.min(ctx.reps, 9)) });
      return { value: t.subject, unit: 'ms', reference: t.reference, target: null };
    },
  },
  {
    name: 'export-spec-pages',
    versus: 'pandoc, Markdown to .docx',
    description:
      'exportSpecification of the example\'s 12-credit analyst certificate to .docx bytes with the page numbers of the contents written (the default) vs pandoc converting the same content from Markdown',
    async measure(ctx): Promise<Measurement | Skipped> {
      if (!hasPandoc()) return { skipped: 'pandoc is not installed' };
      const doc = createSampleDocument();
      const id = 'mc_analyst';
      const t = await timeAgainst(() => exportSpecification(doc, id, { now: NOW, pageNumbers: true }), pandocReference(ctx, 'spec-pages', doc, [id]), { warmup: Math.max(1, ctx.warmup), reps: Math.max(3, Math.min(ctx.reps, 9)) });
      return { value: t.subject, unit: 'ms', reference: t.reference, target: 1.0 };
    },
  },
  {
    name: 'export-catalogue-50',
    versus: 'pandoc, Markdown to .docx',
    description: `exportCatalogue of the 50 credentials of a generated ${CATALOGUE_ENTITIES}-entity map to .docx bytes (contents with page numbers, the default) vs pandoc converting the same content from Markdown to .docx`,
    async measure(ctx): Promise<Measurement | Skipped> {
      if (!hasPandoc()) return { skipped: 'pandoc is not installed' };
      const doc = mapFixture(ctx, CATALOGUE_ENTITIES).loaded;
      const ids = credentialIds(doc);
      if (ids.length !== 50) throw new Error(`the generated map has ${ids.length} credentials, not 50`);
      const t = await timeAgainst(() => exportCatalogue(doc, ids, { now: NOW }), pandocReference(ctx, 'catalogue', doc, ids), { warmup: 1, reps: Math.max(3, Math.min(ctx.reps, 5)) });
      return { value: t.subject, unit: 'ms', reference: t.reference, target: 1.0 };
    },
  },
];
