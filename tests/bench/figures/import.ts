import { parseImport } from '../../../shared/import';
import { makeRng } from '../../../shared/sample/generate';
import { timePair } from '../lib/measure';
import type { Figure } from '../lib/types';

const ROWS = 14_000;
const WORDS = ['analyse', 'data', 'customer', 'manage', 'safety', 'design', 'software', 'budget', 'quality', 'report', 'machine', 'team', 'legal', 'energy', 'health', 'marketing', 'logistics', 'research'];

/**
 * A deterministic ESCO skills CSV of ROWS rows (~10 MB): every column of PRODUCT.md, quoted
 * multi-line altLabels, descriptions with commas and doubled quotes, as in the real file.
 */
export function makeEscoCsv(rows = ROWS, seed = 14): string {
  const rng = makeRng(seed);
  const words = (n: number) => Array.from({ length: n }, () => rng.pick(WORDS)).join(' ');
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const lines = ['conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description'];
  for (let i = 0; i < rows; i++) {
    const alt = Array.from({ length: 2 + rng.int(6) }, () => words(2 + rng.int(3))).join('\n');
    const desc = `${words(16 + rng.int(30))}, including "${words(2)}"; ${words(10 + rng.int(25))}.`;
    lines.push(
      [
        'KnowledgeSkillCompetence',
        `http://data.europa.eu/esco/skill/${i.toString(16).padStart(8, '0')}-bench`,
        rng.int(3) === 0 ? 'knowledge' : 'skill/competence',
        rng.pick(['sector-specific', 'cross-sector', 'occupation-specific', 'transversal']),
        words(2 + rng.int(4)),
        q(alt),
        '',
        'released',
        '2023-11-07T10:48:27.144Z',
        rng.int(4) === 0 ? q(words(12)) : '',
        '',
        'http://data.europa.eu/esco/concept-scheme/skills',
        q(desc),
      ].join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

export const figures: Figure[] = [
  {
    name: 'import-esco-14k',
    versus: 'splitting the text into lines',
    description:
      'parseImport(text, "esco") of a generated 14,000-row ESCO skills CSV (~10 MB, quoted multi-line altLabels, CRLF) vs text.split(/\\r?\\n/) of the same text; text already decoded in both',
    measure(ctx) {
      const text = ctx.cached('import-esco-14k', () => makeEscoCsv());
      const t = timePair(
        () => {
          const r = parseImport(text, 'esco');
          if (!r.ok || r.skills.length !== ROWS) throw new Error('the generated ESCO file did not parse whole');
          return r;
        },
        () => text.split(/\r?\n/),
        ctx,
      );
      return { value: t.subject, unit: 'ms', reference: t.reference, target: null };
    },
  },
  {
    name: 'import-esco-14k-size',
    versus: '10 MB',
    description: 'size of the generated ESCO file in MB (2^20 bytes of UTF-8); informational',
    measure(ctx) {
      const text = ctx.cached('import-esco-14k', () => makeEscoCsv());
      return { value: new TextEncoder().encode(text).byteLength / 2 ** 20, unit: 'MB', reference: 10, target: null };
    },
  },
];
