import { TextRun, type ParagraphChild } from 'docx';
import type { ProfileId } from '../../model';
import { askedBy, askedByLabel, GROUP_LABELS, isFurtherElementShown, STANDARD_ELEMENTS, type ElementGroup, type ElementPart, type StandardElement } from '../elements';
import { reviewFieldRuns } from './anchors';
import { cell, dataTable, gap, missing, para, type Row } from './blocks';
import { NO_OUTCOMES } from './outcomes';
import { isWebAddress, linkLook } from './links';
import { fieldRuns, plainRuns, SAME } from './redline';
import { beforeText, sectionHeading, type Block, type SectionInput } from './section';

const GROUPS: readonly ElementGroup[] = ['eu-mandatory', 'eu-optional', 'other'];

/** The group of elements stated for the credential that no enabled profile asks for. */
export const NOT_ASKED_LABEL = 'Further details of the credential (not asked for by an enabled profile)';

/**
 * Section 1: every standard element with its value, grouped as EU Annex I mandatory, EU
 * Annex I optional, the further elements of the enabled profiles, and the further details
 * stated that no enabled profile asks for; the third column says which enabled profiles ask
 * for the element (or, for the last group, whose element it is). An empty element reads "Not stated"
 * (an empty field after a label inside a value, "national level: not stated").
 */
export function summarySection(input: SectionInput, n: number): Block[] {
  const { ctx, scope } = input;
  const c = scope.credential;
  const houseFields = ctx.doc.settings.house?.requiredFields ?? [];
  const rows: Row[] = [];
  const row = (el: StandardElement): Row => {
    let runs: ParagraphChild[];
    if (el.parts) runs = partRuns(input, el.parts(c, scope, ctx.doc));
    else {
      const now = el.value(c, scope, ctx.doc) ?? '';
      const before = beforeText(input, (s) => el.value(s.credential, s, input.beforeContent ?? ctx.doc));
      // The web page is a link (an http(s) address only; a tracked change of it inside the link).
      const link = el.key === 'url' && isWebAddress(now);
      runs = fieldRuns(ctx, { record: c.id, field: el.fields[0] ?? 'title', text: now, before }, SAME, link ? linkLook(ctx) : {});
      if (link) runs = [ctx.webLinks.link(now, runs)];
      if (el.key === 'outcomes' && !scope.outcomes.length) runs = [...runs, ...missing(ctx, NO_OUTCOMES)];
      else if (!runs.length) runs = missing(ctx);
    }
    runs = ctx.comments.anchor(c.id, el.fields, runs, { label: el.key === 'title' });
    return { cells: [cell([new TextRun({ text: el.label, bold: true })]), cell(runs), cell(askedByLabel(el, ctx.profiles, houseFields))] };
  };
  const heading = (label: string): Row => ({ group: true, cells: [cell([new TextRun({ text: label, bold: true })], { span: 3 })] });
  for (const group of GROUPS) {
    const elements = STANDARD_ELEMENTS.filter((e) => e.group === group);
    if (group !== 'other') {
      rows.push(heading(GROUP_LABELS[group]), ...elements.map(row));
      continue;
    }
    // The enabled profiles' elements, empty ones too (a reviewer may fill them in), under their group;
    // elements no enabled profile asks for only when stated, under a group of their own.
    const asked = elements.filter((el) => askedBy(el, ctx.profiles, houseFields).length > 0);
    const stated = elements.filter((el) => !asked.includes(el) && isFurtherElementShown(el, ctx.profiles, houseFields, el.value(c, scope, ctx.doc) !== undefined));
    if (asked.length) rows.push(heading(GROUP_LABELS.other), ...asked.map(row));
    if (stated.length) rows.push(heading(NOT_ASKED_LABEL), ...stated.map(row));
  }
  return [
    sectionHeading(input, n, 'Summary of standard elements', { pageBreakBefore: input.depth === 1 }),
    para(summaryIntroduction(ctx.profiles), { keepNext: true }),
    dataTable(ctx, [
      { header: 'Element', weight: 26 },
      { header: 'Value', weight: 56 },
      { header: 'Asked for by', weight: 18 },
    ], rows),
    gap(),
  ];
}

/**
 * What the summary table holds, as the enabled profiles make it: the EU Annex I elements come
 * first either way, as what a specification must carry or, when the EU profile is off (a New
 * Zealand or US map), for reference; then the elements the (other) enabled profiles ask for.
 */
export function summaryIntroduction(profiles: readonly ProfileId[]): string {
  const others = profiles.some((p) => p !== 'eu-2022');
  const annex = 'the EU Council Recommendation of 16 June 2022 (Annex I)';
  const first = profiles.includes('eu-2022')
    ? `The elements a micro-credential specification must carry under ${annex}${others ? ', followed by those the other enabled accreditation profiles ask for' : ''}`
    : `Every element of ${annex}, shown for reference as ${others ? 'the EU profile is not enabled for this map, followed by those the enabled accreditation profiles ask for; the last column says which profiles ask for each' : 'no accreditation profile is enabled for this map'}`;
  return `${first}. The sections after this table give the detail.`;
}

/**
 * An element's value from its parts: each field as its review text in its anchor (with the
 * tracked change against the baseline), literal text plain around it. Comments are anchored
 * by the caller on the whole value, as for any element.
 */
function partRuns(input: SectionInput, parts: readonly ElementPart[]): ParagraphChild[] {
  const { ctx, scope } = input;
  const before = ctx.baseline ? (input.before?.credential ?? null) : undefined;
  // A field after a label ("Credits: ") is a value inside the line: empty, it reads "not stated".
  return parts.flatMap((part, i) => {
    if (typeof part === 'string') return plainRuns(part);
    const previous = parts[i - 1];
    return reviewFieldRuns(ctx, scope.credential, part.field, { before, comments: false, inLine: typeof previous === 'string' && /:\s*$/.test(previous) });
  });
}
