import { entityLabel, type McredDocument } from '../../../shared/model';
import { suggestLinks, type Suggestion } from '../../../shared/suggest';
import { EXIT, formatTable, writeLines } from '../output';
import { loadForCommand } from '../paths';
import type { CliCommand } from './types';

const clip = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

function outcomeName(doc: McredDocument, id: string): string {
  const o = doc.entities[id];
  if (o?.kind !== 'outcome') return id;
  return `${o.code ? `${o.code} ` : ''}${clip(o.statement, 50)}`;
}

function skillName(doc: McredDocument, id: string): string {
  const s = doc.entities[id];
  return s ? clip(entityLabel(s), 40) : id;
}

export function formatSuggestions(file: string, doc: McredDocument, list: readonly Suggestion[]): string[] {
  if (!list.length) return [`${file}: no suggested links (every likely link exists, was dismissed, or no skill shares words with the outcomes)`];
  const rows = list.map((s) => [s.score.toFixed(3), outcomeName(doc, s.outcome), skillName(doc, s.skill), s.why]);
  return [`${file}: ${list.length} suggested skill → outcome link${list.length === 1 ? '' : 's'}`, '', ...formatTable([['score', 'outcome', 'skill', 'why'], ...rows], ['right', 'left', 'left', 'left'])];
}

export const suggestCommand: CliCommand = {
  name: 'suggest',
  summary: 'suggest skill → outcome links from the words they share (never changes the file)',
  positionals: ['FILE'],
  flags: [
    { name: '--outcome', value: 'ID', help: 'only the suggestions for this outcome' },
    { name: '--limit', value: 'N', help: 'suggestions per outcome (default 3, at most 50)' },
    { name: '--json', help: 'print {"suggestions":[{"outcome","skill","score","why"}]}' },
  ],
  details: [
    'For each outcome, the skills it most likely addresses, ranked by a score in (0, 1)',
    '(higher is better) with the words that matched. Links that exist and skills the',
    'designer dismissed for an outcome are never suggested. Works offline; reads only.',
  ],
  async run(args, io) {
    const file = args.positionals[0]!;
    const outcome = args.flags.get('--outcome');
    const limitText = args.flags.get('--limit');
    const limit = typeof limitText === 'string' ? Number(limitText) : 3;
    if (!Number.isInteger(limit) || limit < 1 || limit > 50) {
      io.stderr(`mcred suggest: --limit must be a whole number from 1 to 50, not "${String(limitText)}"\n`);
      return EXIT.failed;
    }
    const loaded = await loadForCommand(io, file);
    if (!loaded) return EXIT.failed;
    const { doc } = loaded;
    if (typeof outcome === 'string' && doc.entities[outcome]?.kind !== 'outcome') {
      io.stderr(`mcred suggest: ${file} has no outcome with the id "${outcome}"\n`);
      return EXIT.failed;
    }
    const list = suggestLinks(doc, { ...(typeof outcome === 'string' ? { outcome } : {}), limit });
    if (args.flags.has('--json')) io.stdout(`${JSON.stringify({ suggestions: list }, null, 2)}\n`);
    else writeLines(io.stdout, formatSuggestions(file, doc, list));
    return EXIT.ok;
  },
};
