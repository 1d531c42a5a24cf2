import { TextRun, type ParagraphChild } from 'docx';
import type { Activity } from '../../model';
import { formatCredits, hoursPerCredit } from '../elements';
import type { CredentialScope } from '../scope';
import { DELIVERY } from '../labels';
import { formatNumber, humanise } from '../text';
import { cell, dataTable, gap, missing, para, type Row } from './blocks';
import { baselineOf, reviewFieldRuns } from './anchors';
import { compareLists, fieldRuns, rowRuns } from './redline';
import { ectsEquivalent, ectsRule } from '../../analysis/credits';
import { NOT_STATED_IN_LINE } from '../../review/fields';
import { presence, sectionHeading, type Block, type SectionInput } from './section';
import { halfPoints } from './styles';

/** The workload arithmetic of a credential: what the activities add up to against the credits. */
export interface WorkloadSums {
  contact: number;
  selfStudy: number;
  total: number;
  /** Credits × hours per credit, when the credential has credits in a unit with a convention. */
  creditHours?: number;
  perCredit?: number;
}

export function workloadSums(scope: CredentialScope, settings: Parameters<typeof hoursPerCredit>[0]): WorkloadSums {
  const contact = scope.activities.reduce((s, a) => s + a.contactHours, 0);
  const selfStudy = scope.activities.reduce((s, a) => s + a.selfStudyHours, 0);
  const c = scope.credential.credits;
  const perCredit = c ? hoursPerCredit(settings, c.unit) : undefined;
  return { contact, selfStudy, total: contact + selfStudy, perCredit, creditHours: c && perCredit ? c.value * perCredit : undefined };
}

const h = (n: number) => formatNumber(n);

/**
 * Section 6: the learning activities with their hours, and the arithmetic a reviewer checks:
 * contact + self-study = total, against credits × hours per credit and the stated workload.
 */
export function workloadSection(input: SectionInput, n: number): Block[] {
  const { ctx, scope } = input;
  const out: Block[] = [sectionHeading(input, n, 'Learning activities and workload')];
  const compared = compareLists(scope.activities, input.before?.activities ?? (ctx.baseline ? [] : undefined), (a) => a.id);
  const outcomeLabel = new Map(scope.outcomes.map((o) => [o.outcome.id, o.label]));
  const small = halfPoints(ctx.style.sizes.small);
  if (compared.length) {
    const rows: Row[] = compared.map(({ item: a, before: was, inNow, inBefore }) => {
      const p = presence(input, inNow, inBefore, a.id, ...(scope.memberLinks.get(a.id) ?? input.before?.memberLinks.get(a.id) ?? []));
      const field = (f: keyof Activity, read: (x: Activity) => string, look = {}) =>
        ctx.comments.anchor(a.id, [f], fieldRuns(ctx, { record: a.id, field: f, text: read(a), before: was ? read(was) : ctx.baseline ? '' : undefined }, p, look), { label: f === 'title' });
      const before = baselineOf(ctx, was);
      const title: ParagraphChild[][] = [reviewFieldRuns(ctx, a, 'title', { before, presence: p, look: { bold: true }, comments: { label: true } })];
      if (a.description || was?.description) title.push(reviewFieldRuns(ctx, a, 'description', { before, presence: p, look: { size: small, color: ctx.style.colours.muted } }));
      const outcomes = (scope.develops.get(a.id) ?? []).map((id) => outcomeLabel.get(id) ?? '').filter(Boolean);
      return {
        presence: p,
        cells: [
          cell(title),
          cell(field('deliveryMode', (x) => DELIVERY[x.deliveryMode])),
          cell(rowRuns(ctx, p, outcomes.join(', '))),
          cell(reviewFieldRuns(ctx, a, 'contactHours', { before, presence: p }), { align: 'right' }),
          cell(reviewFieldRuns(ctx, a, 'selfStudyHours', { before, presence: p }), { align: 'right' }),
          cell(rowRuns(ctx, p, h(a.contactHours + a.selfStudyHours)), { align: 'right' }),
        ],
      };
    });
    const sums = workloadSums(scope, ctx.doc);
    const bold = (t: string) => [new TextRun({ text: t, bold: true })];
    rows.push({ group: true, total: true, cells: [cell(bold('Total'), { span: 3 }), cell(bold(h(sums.contact)), { align: 'right' }), cell(bold(h(sums.selfStudy)), { align: 'right' }), cell(bold(h(sums.total)), { align: 'right' })] });
    out.push(
      para('Hours are notional hours for a typical learner.', { keepNext: true }),
      dataTable(ctx, [
        { header: 'Learning activity', weight: 40 },
        { header: 'Delivery', weight: 12 },
        { header: 'Outcomes', weight: 15 },
        { header: 'Contact hours', weight: 11, align: 'right' },
        { header: 'Self-study hours', weight: 11, align: 'right' },
        { header: 'Total hours', weight: 11, align: 'right' },
      ], rows),
      gap(),
    );
  } else {
    out.push(para(missing(ctx, 'No learning activity develops the outcomes of this credential yet.')));
  }
  out.push(...arithmetic(input));
  return out;
}

/** "see 1 Summary" (or "see 3.1 Summary" in a catalogue): where the one ECTS figure is stated. */
export const seeSummary = (input: Pick<SectionInput, 'prefix'>) => `see ${input.prefix}1 Summary`;

/** No activity, nothing to add up: said instead of "0 + 0 = 0". */
export const NO_ACTIVITIES_CHECK = 'No learning activity is linked yet, so the workload cannot be checked against the activities.';

/**
 * The figures side by side and whether they agree. A figure that is not there is said to be
 * missing, and the verdict names the figures it compared: an empty side never "agrees".
 */
function arithmetic(input: SectionInput): Block[] {
  const { ctx, scope } = input;
  const c = scope.credential;
  const s = workloadSums(scope, ctx.doc);
  const hasActivities = scope.activities.length > 0;
  const lines: ParagraphChild[][] = [];
  const label = (t: string) => new TextRun({ text: t, bold: true });
  lines.push([label('Learning activities: '), ...(hasActivities ? [new TextRun(`${h(s.contact)} contact hours + ${h(s.selfStudy)} self-study hours = ${h(s.total)} hours.`)] : missing(ctx, NO_ACTIVITIES_CHECK))]);
  if (c.credits) {
    const credit = s.perCredit
      ? `${formatCredits(c.credits)} × ${h(s.perCredit)} hours per credit = ${h(s.creditHours ?? 0)} hours.`
      : `${formatCredits(c.credits)} (this credit unit has no conventional hours per credit).`;
    lines.push([label('Credit value: '), new TextRun(credit)]);
  } else lines.push([label('Credit value: '), ...missing(ctx, NOT_STATED_IN_LINE)]);
  // The ECTS equivalent is stated once, in the summary's workload element; here it is referred to.
  if (ectsEquivalent(c, ctx.doc.settings)) lines.push([label('ECTS equivalent: '), new TextRun(`${seeSummary(input)} (${ectsRule(ctx.doc.settings)}).`)]);
  // The stated workload in its review anchor (or "not stated" in it), the unit outside.
  const before = ctx.baseline ? (input.before?.credential ?? null) : undefined;
  const stated = reviewFieldRuns(ctx, c, 'workloadHours', { before, comments: false, inLine: true });
  lines.push([label('Stated notional workload: '), ...stated, ...(c.workloadHours !== undefined ? [new TextRun(c.workloadHours === 1 ? ' hour.' : ' hours.')] : [])]);
  lines.push(verdict(ctx, s, hasActivities, c.workloadHours));
  return lines.map((runs) => para(runs));
}

/** Whether activities, credit value and stated workload agree, and by how much they do not. */
function verdict(ctx: SectionInput['ctx'], s: WorkloadSums, hasActivities: boolean, stated: number | undefined): ParagraphChild[] {
  const figures = [
    { name: 'the learning activities', value: hasActivities ? s.total : undefined },
    { name: 'the credit value', value: s.creditHours },
    { name: 'the stated workload', value: stated },
  ].filter((t): t is { name: string; value: number } => t.value !== undefined);
  const unchecked = hasActivities ? '' : ' The learning activities could not be checked.';
  if (figures.length < 2) return [new TextRun({ text: 'The figures cannot be checked against each other yet.', italics: true, color: ctx.style.colours.missing })];
  const [first, ...rest] = figures as [{ name: string; value: number }, ...{ name: string; value: number }[]];
  const off = rest.filter((t) => Math.abs(t.value - first.value) > 0.5);
  if (!off.length) {
    // All three agree: the check passed. Fewer: say which were compared, and not in the colour of a pass.
    if (figures.length === 3) return [new TextRun({ text: `The figures agree: ${h(first.value)} hours.`, bold: true, color: ctx.style.colours.met })];
    return [new TextRun(`${humanise(figures.map((f) => f.name).join(' and '))} agree: ${h(first.value)} hours.`), ...(unchecked ? missing(ctx, unchecked) : [])];
  }
  return [
    ...off.map(
      (t, i) =>
        new TextRun({
          text: `${i ? ' ' : ''}${humanise(first.name)} (${h(first.value)} hours) and ${t.name} (${h(t.value)} hours) differ by ${h(Math.abs(t.value - first.value))} hours.`,
          color: ctx.style.colours.gap,
          bold: i === 0,
        }),
    ),
    ...(unchecked ? missing(ctx, unchecked) : []),
  ];
}
