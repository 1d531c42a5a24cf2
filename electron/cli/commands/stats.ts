import { CREDIT_UNITS } from '../../../shared/model';
import { computeStats, type Coverage, type MapStats } from '../mapStats';
import { EXIT, formatTable, writeLines } from '../output';
import { loadForCommand } from '../paths';
import type { CliCommand } from './types';

const COVERAGE_LABELS: Record<keyof MapStats['coverage'], string> = {
  essentialSkillsAddressed: 'essential skills addressed by an outcome',
  outcomesLinkedToSkills: 'outcomes linked to a skill',
  outcomesAssessed: 'outcomes assessed by an assessment',
  outcomesInCredential: 'outcomes part of a credential',
};

const num = (n: number) => String(Math.round(n * 1000) / 1000);
const pct = (c: Coverage) => (c.percent === null ? '–' : c.percent.toFixed(1));
const unitName = (unit: keyof typeof CREDIT_UNITS) => CREDIT_UNITS[unit].short;

/** The stats as aligned text tables, one section each. */
export function formatStats(file: string, s: MapStats): string[] {
  const section = (title: string, header: string[], rows: string[][], align: ('left' | 'right')[]) => [
    '',
    ...formatTable([[title, ...header], ...rows.map(([first, ...rest]) => [`  ${first}`, ...rest])], align),
  ];
  const entityRows = Object.entries(s.entities).map(([k, n]) => [k, String(n)]);
  const linkRows = Object.entries(s.links).map(([k, n]) => [k, String(n)]);
  const recordRows = [
    ['people', String(s.people)],
    ['comments', String(s.comments.total), `threads: ${s.comments.openThreads} open, ${s.comments.resolvedThreads} resolved`],
    ['endorsements', String(s.endorsements)],
    ['revisions', String(s.revisions)],
    ['saves', String(s.saves)],
  ];
  const creditRows = s.credentials.map((c) => [c.title, c.credits ? num(c.credits.value) : '–', c.credits ? unitName(c.credits.unit) : '']);
  for (const t of s.creditTotals) creditRows.push(['total', num(t.value), unitName(t.unit)]);
  const coverageRows = Object.entries(s.coverage).map(([k, c]) => [
    COVERAGE_LABELS[k as keyof MapStats['coverage']],
    String(c.covered),
    String(c.total),
    pct(c),
  ]);
  return [
    `${file}: ${s.title}`,
    ...section('Entities', ['count'], [...entityRows, ['total', String(Object.values(s.entities).reduce((a, b) => a + b, 0))]], ['left', 'right']),
    ...section('Links', ['count'], [...linkRows, ['total', String(Object.values(s.links).reduce((a, b) => a + b, 0))]], ['left', 'right']),
    ...section('Records', ['count', ''], recordRows, ['left', 'right', 'left']),
    ...(creditRows.length ? section('Credits', ['value', 'unit'], creditRows, ['left', 'right', 'left']) : ['', 'Credits: no credentials']),
    ...section('Coverage', ['covered', 'of', '%'], coverageRows, ['left', 'right', 'right', 'right']),
  ];
}

export const statsCommand: CliCommand = {
  name: 'stats',
  summary: 'count entities, links and records; credits per credential; coverage',
  positionals: ['FILE'],
  flags: [{ name: '--json', help: 'print the figures as a JSON object' }],
  details: ['Coverage: essential skills addressed by at least one outcome; outcomes linked to', 'a skill, assessed by an assessment, and part of a credential.'],
  async run(args, io) {
    const file = args.positionals[0]!;
    const loaded = await loadForCommand(io, file);
    if (!loaded) return EXIT.failed;
    const stats = computeStats(loaded.doc);
    if (args.flags.has('--json')) io.stdout(JSON.stringify({ file, ...stats }, null, 2) + '\n');
    else writeLines(io.stdout, formatStats(file, stats));
    return EXIT.ok;
  },
};
