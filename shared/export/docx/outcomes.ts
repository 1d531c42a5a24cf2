import { TextRun, type ParagraphChild } from 'docx';
import { classifyOutcome } from '../../analysis/bloom/classify';
import type { Entity, Outcome } from '../../model';
import type { CredentialScope } from '../scope';
import { humanise, unbreakable } from '../text';
import { cell, dataTable, gap, missing, para, type Row } from './blocks';
import type { DocxContext } from './context';
import { baselineOf, reviewFieldRuns } from './anchors';
import { compareLists, fieldRuns, rowRuns } from './redline';
import { presence, sectionHeading, type Block, type SectionInput } from './section';
import { halfPoints } from './styles';

/** What the Bloom column says about an outcome. */
export interface BloomText {
  text: string;
  /** The verb is vague or unknown: shown in the gap colour. */
  weak: boolean;
}

/** The Bloom level as a reviewer reads it: the designer's override, else the verb's level(s). */
export function bloomText(o: Outcome): BloomText {
  if (o.bloomOverride) return { text: `${humanise(o.bloomOverride)} (set by the designer)`, weak: false };
  const c = classifyOutcome(o.statement);
  if (c.vague) return { text: `Not measurable: “${c.verb ?? ''}” is a vague verb`, weak: true };
  if (!c.levels.length) return { text: 'Not classified: no recognised verb', weak: true };
  const levels = c.levels.map((l, i) => (i === 0 ? humanise(l) : l));
  return { text: levels.length === 1 ? levels[0]! : `${levels.slice(0, -1).join(', ')} or ${levels[levels.length - 1]}`, weak: false };
}

/** What the document says of a credential that states no learning outcome (summary and section 3). */
export const NO_OUTCOMES = 'No learning outcome is stated for this credential yet.';

/**
 * The entity with `field` cleared when it holds only blanks (spaces, line breaks): a label
 * such as "Criteria:" is then followed by "not stated" in the field's anchor, never by
 * nothing. The review copy reads "not stated" back as empty, as blank text parses.
 */
export function blankAsEmpty<E extends Entity>(entity: E, field: string): E {
  const value = (entity as Record<string, unknown>)[field];
  return typeof value === 'string' && value !== '' && value.trim() === '' ? { ...entity, [field]: undefined } : entity;
}

/** Labels "A1", "A2", … of the credential's assessments, in the order of the assessment plan. */
export function assessmentLabels(scope: CredentialScope): Map<string, string> {
  return new Map(scope.assessments.map((a, i) => [a.id, `A${i + 1}`]));
}

/**
 * Section 3: the learning outcomes, numbered in the credential's order, each with its
 * criteria, its Bloom level and the assessments that evidence it.
 */
export function outcomesSection(input: SectionInput, n: number): Block[] {
  const { ctx, scope } = input;
  const out: Block[] = [sectionHeading(input, n, 'Learning outcomes')];
  const compared = compareLists(scope.outcomes, input.before?.outcomes ?? (ctx.baseline ? [] : undefined), (o) => o.outcome.id);
  if (!compared.length) {
    out.push(para(missing(ctx, NO_OUTCOMES)));
    return out;
  }
  out.push(para('On successful completion of this micro-credential, learners will be able to:', { keepNext: true }));
  const labels = assessmentLabels(scope);
  const small = halfPoints(ctx.style.sizes.small);
  const rows: Row[] = compared.map(({ item, before, inNow, inBefore }) => {
    const o = item.outcome;
    const p = presence(input, inNow, inBefore, o.id, item.partOf.id);
    const was = before?.outcome;
    const baseline = baselineOf(ctx, was);
    const statement = reviewFieldRuns(ctx, o, 'statement', { before: baseline, presence: p, comments: { label: true } });
    const paragraphs: ParagraphChild[][] = [statement];
    // Criteria are shown also when empty ("not stated"), so a reviewer can propose them; a removed row shows them only if it had some.
    const muted = { size: small, color: ctx.style.colours.muted };
    const criteria = reviewFieldRuns(ctx, blankAsEmpty(o, 'criteria'), 'criteria', { before: baseline && blankAsEmpty(baseline, 'criteria'), presence: p, look: muted, inLine: true });
    if (criteria.length) paragraphs.push([new TextRun({ text: 'Criteria: ', bold: true, ...muted }), ...criteria]);
    const bloom = bloomText(o);
    const bloomRuns = fieldRuns(ctx, { record: o.id, field: 'statement', text: bloom.text, before: was ? bloomText(was).text : ctx.baseline ? '' : undefined }, p, bloom.weak ? { color: ctx.style.colours.gap } : {});
    const assessed = inNow ? (scope.assessedBy.get(o.id) ?? []).map((id) => labels.get(id) ?? '').filter(Boolean) : [];
    return {
      presence: p,
      cells: [
        cell(rowRuns(ctx, p, unbreakable(item.label), { bold: true })),
        cell(paragraphs),
        cell(bloomRuns),
        cell(assessed.length ? rowRuns(ctx, p, assessed.join(', ')) : inNow ? missing(ctx, 'Not assessed') : []),
      ],
    };
  });
  out.push(
    dataTable(ctx, [
      { header: 'No.', weight: 7 },
      { header: 'Learning outcome', weight: 61 },
      { header: "Bloom's level", weight: 18 },
      { header: 'Assessed by', weight: 14 },
    ], rows),
  );
  out.push(gap());
  return out;
}

/** Runs for an outcome's label and statement, for use in other tables. */
export function outcomeLabelRuns(ctx: DocxContext, label: string): ParagraphChild[] {
  return [new TextRun({ text: label, bold: true, color: ctx.style.colours.primary })];
}
