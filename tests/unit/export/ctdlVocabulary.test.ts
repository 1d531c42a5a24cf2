import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ctdlExport } from '../../../shared/export/ctdl';
import { sampleDoc } from './helpers/fixtures';

const vocab = JSON.parse(readFileSync(fileURLToPath(new URL('../../fixtures/vocab/ctdl-terms.json', import.meta.url)), 'utf8')) as { terms: { term: string; url: string; source: string }[]; sources: Record<string, unknown> };

/** Every ceterms:/ceasn: property and class an exported graph uses. */
function termsOf(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) termsOf(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (/^(ceterms|ceasn):/.test(k)) out.add(k);
      if (k === '@type' && typeof v === 'string' && /^(ceterms|ceasn):/.test(v)) out.add(v);
      termsOf(v, out);
    }
  }
  return out;
}

describe('CTDL vocabulary (issue 10)', () => {
  it('lists each term with a source that is recorded', () => {
    for (const t of vocab.terms) expect(vocab.sources[t.source], t.term).toBeDefined();
  });

  it('emits only listed ceterms:/ceasn: terms, for every credential of the sample map', () => {
    const known = new Set(vocab.terms.map((t) => t.term));
    const doc = sampleDoc();
    for (const c of Object.values(doc.entities).filter((e) => e.kind === 'credential')) {
      const used = termsOf(ctdlExport(doc, c.id).graph);
      expect([...used].filter((t) => !known.has(t)), c.id).toEqual([]);
    }
  });
});
