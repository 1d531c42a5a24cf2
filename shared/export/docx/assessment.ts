import { TextRun, type ParagraphChild } from 'docx';
import type { Assessment } from '../../model';
import { ASSESSMENT_TYPE, GRADING, IDENTITY, SUPERVISION } from '../labels';
import { formatNumber } from '../text';
import { cell, dataTable, gap, missing, para, type Row } from './blocks';
import { baselineOf, reviewFieldRuns } from './anchors';
import type { DocxContext } from './context';
import { compareLists, fieldRuns, plainRuns, rowRuns, type Presence } from './redline';
import { presence, sectionHeading, type Block, type SectionInput } from './section';
import { halfPoints } from './styles';
import { outcomeRanges } from './matrix';

export const weightingText = (a: Assessment): string => (a.weighting !== undefined ? `${formatNumber(a.weighting)}%` : '');

/** The weighting: the number in its anchor, "%" after it (outside: the reviewer edits the number). */
function weightingRuns(ctx: DocxContext, a: Assessment, before: Assessment | null | undefined, p: Presence): ParagraphChild[] {
  const runs = reviewFieldRuns(ctx, a, 'weighting', { before, presence: p });
  const shown = a.weighting !== undefined || (p.op === 'same' && before?.weighting !== undefined);
  return shown && runs.length ? [...runs, ...(p.op === 'same' ? plainRuns('%') : rowRuns(ctx, p, '%'))] : runs;
}

/**
 * Section 5: the assessment plan: each assessment with the outcomes it evidences, its
 * weighting, supervision and identity verification, then the outcomes no assessment covers
 * and the total of the weightings.
 */
export function assessmentSection(input: SectionInput, n: number): Block[] {
  const { ctx, scope } = input;
  const out: Block[] = [sectionHeading(input, n, 'Assessment plan')];
  const compared = compareLists(scope.assessments, input.before?.assessments ?? (ctx.baseline ? [] : undefined), (a) => a.id);
  if (!compared.length) {
    out.push(para(missing(ctx, 'No assessment evidences the outcomes of this credential yet.')));
    return out;
  }
  // Runs of neighbouring outcomes as ranges ("LO1–LO40"), so an assessment of sixty outcomes is one line, not a page of codes.
  const outcomesOf = (assessmentId: string, s = scope) =>
    outcomeRanges(s.outcomes.map((o) => o.label), new Set(s.outcomes.filter((o) => (s.assessedBy.get(o.outcome.id) ?? []).includes(assessmentId)).map((o) => o.label)));
  const small = halfPoints(ctx.style.sizes.small);
  const muted = { size: small, color: ctx.style.colours.muted };
  let index = 0;
  const rows: Row[] = compared.map(({ item: a, before: was, inNow, inBefore }) => {
    const p = presence(input, inNow, inBefore, a.id, ...(scope.memberLinks.get(a.id) ?? input.before?.memberLinks.get(a.id) ?? []));
    const base = (read: (x: Assessment) => string) => (was ? read(was) : ctx.baseline ? '' : undefined);
    const field = (f: keyof Assessment, read: (x: Assessment) => string, look = {}) =>
      ctx.comments.anchor(a.id, [f], fieldRuns(ctx, { record: a.id, field: f, text: read(a), before: base(read) }, p, look));
    const before = baselineOf(ctx, was);
    const title: ParagraphChild[][] = [reviewFieldRuns(ctx, a, 'title', { before, presence: p, look: { bold: true }, comments: { label: true } })];
    if (a.description || was?.description) title.push(reviewFieldRuns(ctx, a, 'description', { before, presence: p, look: muted }));
    const type = [...field('assessmentType', (x) => ASSESSMENT_TYPE[x.assessmentType])];
    const grading = field('gradingScheme', (x) => (x.gradingScheme ? GRADING[x.gradingScheme] : ''), muted);
    const outcomes = outcomesOf(a.id);
    const beforeOutcomes = input.before ? outcomesOf(a.id, input.before) : '';
    const or = (runs: ParagraphChild[], text: string) => (runs.length ? runs : inNow ? missing(ctx, text) : []);
    return {
      presence: p,
      cells: [
        cell(rowRuns(ctx, p, inNow ? `A${++index}` : '—', { bold: true })),
        cell(title),
        cell(grading.length ? [type, grading] : [type]),
        cell(or(fieldRuns(ctx, { record: a.id, field: 'title', text: outcomes, before: ctx.baseline ? beforeOutcomes : undefined }, p), 'None')),
        cell(weightingRuns(ctx, a, before, p), { align: 'right' }),
        cell(or(field('supervision', (x) => (x.supervision ? SUPERVISION[x.supervision] : '')), 'Not stated')),
        cell(or(field('identityVerification', (x) => (x.identityVerification ? IDENTITY[x.identityVerification] : '')), 'Not stated')),
      ],
    };
  });
  out.push(
    para('Each assessment, the outcomes it evidences (numbered as in "Learning outcomes") and how it is run.', { keepNext: true }),
    dataTable(ctx, [
      { header: 'No.', weight: 6 },
      { header: 'Assessment', weight: 34 },
      { header: 'Type and grading', weight: 13 },
      { header: 'Outcomes', weight: 12 },
      { header: 'Weight', weight: 9, align: 'right' },
      { header: 'Supervision', weight: 13 },
      { header: 'Identity check', weight: 13 },
    ], rows),
  );
  const total = scope.assessments.reduce((sum, a) => sum + (a.weighting ?? 0), 0);
  const unweighted = scope.assessments.filter((a) => a.weighting === undefined).length;
  const notes: ParagraphChild[] = [new TextRun({ text: `The weightings add up to ${formatNumber(total)}%` })];
  if (Math.abs(total - 100) > 0.01) notes.push(new TextRun({ text: '; they should add up to 100%', color: ctx.style.colours.gap }));
  if (unweighted) notes.push(new TextRun({ text: ` (${unweighted} without a weighting)` }));
  notes.push(new TextRun({ text: '. ' }));
  const unassessed = outcomeRanges(scope.outcomes.map((o) => o.label), new Set(scope.outcomes.filter((o) => !(scope.assessedBy.get(o.outcome.id) ?? []).length).map((o) => o.label)));
  notes.push(
    unassessed.length
      ? new TextRun({ text: `Outcomes without an assessment: ${unassessed}.`, color: ctx.style.colours.gap })
      : new TextRun({ text: 'Every outcome is assessed.' }),
  );
  out.push(para(notes, { style: 'Caption' }), gap());
  return out;
}
