import { TextRun, type ParagraphChild } from 'docx';
import { readinessScore } from '../../analysis/summary';
import type { ProfileReadiness, RequirementResult } from '../readiness';
import { reviewFieldRuns } from './anchors';
import { cell, dataTable, gap, missing, para, type Row } from './blocks';
import { sectionHeading, type Block, type SectionInput } from './section';

type Counts = { error: number; warning: number; info: number };

/** The findings behind one requirement: as the analysis counted them, else one of its severity when not met. */
function findingsOf(r: RequirementResult): Counts {
  if (r.findings) return r.findings;
  const c = { error: 0, warning: 0, info: 0 };
  if (!r.met) c[r.severity ?? 'error'] += 1;
  return c;
}

/** The findings of every requirement of the profiles, added up. */
export function readinessCounts(profiles: readonly ProfileReadiness[]): Counts {
  const total = { error: 0, warning: 0, info: 0 };
  for (const p of profiles) {
    for (const r of p.results) {
      const c = findingsOf(r);
      total.error += c.error;
      total.warning += c.warning;
      total.info += c.info;
    }
  }
  return total;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One row per profile or check: required elements met, the ones missing by name, errors and warnings. */
function profileRow(input: SectionInput, p: ProfileReadiness): Row {
  const colours = input.ctx.style.colours;
  const required = p.results.filter((r) => r.required ?? (!r.met && (r.severity ?? 'error') === 'error'));
  const missingNames = required.filter((r) => !r.met).map((r) => r.requirement);
  const c = p.results.map(findingsOf).reduce((a, b) => ({ error: a.error + b.error, warning: a.warning + b.warning, info: 0 }), { error: 0, warning: 0, info: 0 });
  const count = (n: number, colour: string): ParagraphChild[] => [new TextRun({ text: String(n), bold: n > 0, color: n > 0 ? colour : undefined })];
  // The other errors and warnings by name, so a count in the last columns never stands unexplained
  // ("changed since it was approved" on a credential whose cover says Approved).
  const found = (severity: 'error' | 'warning') => p.results.filter((r) => !required.includes(r) && !r.met && findingsOf(r)[severity] > 0).map((r) => r.requirement);
  const other = (label: string, names: string[], colour: string): ParagraphChild[][] => (names.length ? [[new TextRun({ text: `${label}: `, bold: true, color: colour }), new TextRun({ text: names.join('; '), color: colour })]] : []);
  return {
    cells: [
      cell([new TextRun({ text: p.label, bold: true })]),
      cell(required.length ? `${required.length - missingNames.length} of ${required.length}` : '—', { align: 'center' }),
      cell([
        missingNames.length ? [new TextRun({ text: missingNames.join('; '), color: colours.gap })] : [new TextRun({ text: 'None', color: colours.met })],
        ...other('Errors', found('error'), colours.gap),
        ...other('Warnings', found('warning'), colours.missing),
      ]),
      cell(count(c.error, colours.gap), { align: 'right' }),
      cell(count(c.warning, colours.missing), { align: 'right' }),
    ],
  };
}

/**
 * Section 8: how the credential's quality is assured, then a summary of the readiness check
 * for the reviewers: the score, and per enabled profile (and the outcome-quality and
 * alignment checks) how many required elements are met, which are missing, and how many
 * errors and warnings it found. The designer's how-to advice stays in the app: the review
 * copy says what is missing, not how to fix it. The results come from the analysis, so the
 * document and the app's readiness panel agree.
 */
export function readinessSection(input: SectionInput, n: number, results: readonly ProfileReadiness[]): Block[] {
  const { ctx, scope } = input;
  const c = scope.credential;
  const out: Block[] = [sectionHeading(input, n, 'Quality assurance and readiness')];
  const before = ctx.baseline ? (input.before?.credential ?? null) : undefined;
  out.push(para([new TextRun({ text: 'Quality assurance. ', bold: true }), ...reviewFieldRuns(ctx, c, 'qualityAssurance', { before })]));
  const shown = results.filter((p) => p.results.length);
  if (!shown.length) {
    out.push(para(missing(ctx, 'No accreditation profile is enabled for this map, so no readiness check was run.')));
    return out;
  }
  const counts = readinessCounts(shown);
  const score = readinessScore(counts);
  const sources = shown.filter((p) => p.citation).map((p) => `${p.label}, ${p.citation}`);
  const notes = counts.info ? ` and ${plural(counts.info, 'note')}` : '';
  out.push(
    para([
      new TextRun({ text: 'Readiness score: ', bold: true }),
      new TextRun({ text: `${score} of 100`, bold: true, color: counts.error ? ctx.style.colours.gap : ctx.style.colours.met }),
      new TextRun(` on ${ctx.date(ctx.now)}, with ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}${notes}. `),
      new TextRun(counts.error ? 'Errors are required elements an accreditor would find missing.' : 'Every required element of the enabled profiles is met.'),
    ], { keepNext: true }),
    // The sources go in the caption above the table: a note after it would be left alone on a page before the approval page.
    para(`The score starts at 100 and loses 10 points for each error and 2 for each warning; notes cost nothing.${sources.length ? ` Sources: ${sources.join('; ')}.` : ''}`, { style: 'Caption', keepNext: true }),
    dataTable(ctx, [
      { header: 'Profile or check', weight: 30 },
      { header: 'Required met', weight: 13, align: 'center' },
      { header: 'Required elements missing; other findings', weight: 35 },
      { header: 'Errors', weight: 11, align: 'right' },
      { header: 'Warnings', weight: 11, align: 'right' },
    ], shown.map((p) => profileRow(input, p)), { keepTogether: true }),
  );
  out.push(gap());
  return out;
}
