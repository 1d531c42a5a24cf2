import { TextRun, type ParagraphChild } from 'docx';
import type { Endorsement, Skill } from '../../model';
import { cleanText, humanise } from '../text';
import { linkLook } from './links';
import { cell, dataTable, gap, missing, para, type Row } from './blocks';
import type { DocxContext } from './context';
import { baselineOf, reviewFieldRuns } from './anchors';
import { compareLists, fieldRuns, plainRuns, rowRuns } from './redline';
import { presence, sectionHeading, subHeading, type Block, type SectionInput } from './section';
import { halfPoints } from './styles';
import { demandSentence } from '../../evidence/sentence';
import type { DateStyle } from '../locale';
import { blankAsEmpty } from './outcomes';
import { plural } from '../../analysis/text';

/** "ESCO 2.3.1 · http://…" with the URI as a link. */
export function sourceText(s: Skill): string {
  if (!s.source) return '';
  return [s.source.framework, s.source.code, s.source.uri].filter(Boolean).join('\n');
}

/**
 * The evidence of demand as lines: the count as one sentence ("Named in 84 of 212 postings
 * (Jan–Dec 2025, Northfield metro)", months in the map's date convention), the employers,
 * the notes. Compared as text for tracked changes, so the same evidence gives the same text.
 */
export function demandText(s: Skill, dates: DateStyle = 'dmy'): string {
  const d = s.demand;
  if (!d) return '';
  const parts: string[] = [];
  const sentence = demandSentence(d, dates);
  if (sentence) parts.push(`${sentence}.`);
  else if (d.region) parts.push(`Labour market: ${d.region}`);
  if (d.employers?.length) parts.push(`Employers: ${d.employers.join(', ')}`);
  if (d.notes) parts.push(d.notes);
  return parts.join('\n');
}

/** Demand evidence with its labels in bold, for a cell that shows no tracked change. */
function labelledDemand(s: Skill, dates: DateStyle): ParagraphChild[] {
  const d = s.demand;
  if (!d) return [];
  const runs: ParagraphChild[] = [];
  const line = (label: string, value: string) => {
    if (runs.length) runs.push(new TextRun({ text: '', break: 1 }));
    if (label) runs.push(new TextRun({ text: `${label}: `, bold: true }));
    runs.push(...plainRuns(value));
  };
  const sentence = demandSentence(d, dates);
  if (sentence) line('', `${sentence}.`);
  else if (d.region) line('Labour market', d.region);
  if (d.employers?.length) line('Employers', d.employers.join(', '));
  if (d.notes) line('', d.notes);
  return runs;
}

/** "Skill · essential · advanced proficiency" */
function profile(s: Skill): string {
  return [humanise(s.skillType), s.importance, s.proficiency ? `${s.proficiency} proficiency` : undefined].filter(Boolean).join(' · ');
}

/** "Endorsed by Dana Lopez (Acme Security), 16 February 2026: “…”" */
export function endorsementRuns(ctx: DocxContext, e: Endorsement, look: { size?: number } = {}): ParagraphChild[] {
  const person = ctx.doc.people[e.person];
  const who = person ? `${person.name}${person.organisation ? ` (${person.organisation})` : ''}` : e.person;
  const runs: ParagraphChild[] = [
    new TextRun({ text: 'Endorsed by ', italics: true, color: ctx.style.colours.accent, size: look.size }),
    new TextRun({ text: cleanText(who), bold: true, color: ctx.style.colours.accent, size: look.size }),
    new TextRun({ text: `, ${ctx.date(new Date(`${e.date}T00:00:00Z`))}`, color: ctx.style.colours.accent, size: look.size }),
  ];
  if (e.note) runs.push(new TextRun({ text: `: “${cleanText(e.note)}”`, italics: true, color: ctx.style.colours.accent, size: look.size }));
  return runs;
}

const endorsementIndex = new WeakMap<object, Map<string, Endorsement[]>>();

/** The endorsements of a skill or credential, oldest first (indexed once per document). */
export function endorsementsOf(ctx: DocxContext, target: string): Endorsement[] {
  let ix = endorsementIndex.get(ctx.doc.endorsements);
  if (!ix) {
    ix = new Map();
    for (const e of Object.values(ctx.doc.endorsements)) ix.set(e.target, [...(ix.get(e.target) ?? []), e]);
    for (const list of ix.values()) list.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    endorsementIndex.set(ctx.doc.endorsements, ix);
  }
  return ix.get(target) ?? [];
}

/** Runs of a source cell: framework and code as text, the URI as a hyperlink. */
function sourceRuns(ctx: DocxContext, s: Skill, runs: ParagraphChild[], changed: boolean): ParagraphChild[] {
  if (changed || !s.source?.uri) return runs;
  const head = [s.source.framework, s.source.code].filter(Boolean).join(' ');
  return [
    ...plainRuns(head),
    new TextRun({ text: '', break: 1 }),
    ctx.webLinks.link(s.source.uri, [new TextRun({ text: cleanText(s.source.uri), ...linkLook(ctx) })]),
  ];
}

/**
 * Section 2: why the credential exists: its purpose, the evidence of industry need, and the
 * skill requirements it answers, each with its framework source, the evidence of demand and
 * the advisors who endorsed it.
 */
export function needSection(input: SectionInput, n: number): Block[] {
  const { ctx, scope } = input;
  const c = scope.credential;
  const small = halfPoints(ctx.style.sizes.small);
  const out: Block[] = [sectionHeading(input, n, 'Purpose and industry need')];
  const textPara = (field: 'description' | 'industryNeed' | 'targetAudience', label: string) => {
    const before = baselineOf(ctx, input.before?.credential);
    // A blank value reads "Not stated" (in its anchor), so the label is never followed by nothing.
    const runs = reviewFieldRuns(ctx, blankAsEmpty(c, field), field, { before: before && blankAsEmpty(before, field) });
    if (runs.length) out.push(para([new TextRun({ text: `${label}. `, bold: true }), ...runs]));
  };
  textPara('description', 'Purpose');
  textPara('targetAudience', 'Target audience');
  textPara('industryNeed', 'Industry need');

  const endorsements = endorsementsOf(ctx, c.id);
  if (endorsements.length) {
    out.push(para([new TextRun({ text: 'Endorsements of the credential', bold: true })], { keepNext: true }));
    for (const e of endorsements) out.push(para(endorsementRuns(ctx, e)));
  }

  out.push(subHeading(input, n, 1, 'Industry skill requirements'));
  const compared = compareLists(scope.skills, input.before?.skills ?? (ctx.baseline ? [] : undefined), (s) => s.skill.id);
  if (!compared.length) {
    out.push(para(missing(ctx, 'No skill requirement is linked to the outcomes of this credential yet.')));
    return out;
  }
  // The introduction keeps with the table, so the subheading above it never ends a page alone.
  out.push(para(`${plural(scope.skills.length, 'skill requirement')} from industry frameworks and employers, essential ones first. The matrix in "Alignment of skills and outcomes" shows which outcomes develop each of them.`, { keepNext: true }));
  const rows: Row[] = compared.map(({ item, before, inNow, inBefore }) => {
    const s = item.skill;
    const links = [...(scope.addresses.get(s.id)?.values() ?? [])].map((l) => l.id);
    const p = presence(input, inNow, inBefore, s.id, ...links);
    const was = before?.skill;
    const baseline = baselineOf(ctx, was);
    const statement = reviewFieldRuns(ctx, s, 'statement', { before: baseline, presence: p, look: { bold: true }, comments: { label: true } });
    const muted = { size: small, color: ctx.style.colours.muted };
    const skillCell: ParagraphChild[][] = [statement, rowRuns(ctx, p, profile(s), muted)];
    // An empty description is not shown (most skills have none); one there, or there before, is anchored.
    if (s.description || was?.description) skillCell.push(reviewFieldRuns(ctx, s, 'description', { before: baseline, presence: p, look: muted }));
    for (const e of inNow ? endorsementsOf(ctx, s.id) : []) skillCell.push(endorsementRuns(ctx, e, { size: small }));
    const srcBefore = was ? sourceText(was) : ctx.baseline ? '' : undefined;
    const srcRuns = fieldRuns(ctx, { record: s.id, field: 'source', text: sourceText(s), before: srcBefore }, p);
    const dates = ctx.locale.dates;
    const demandBefore = was ? demandText(was, dates) : ctx.baseline ? '' : undefined;
    const demandRuns =
      p.op === 'same' && (demandBefore === undefined || demandBefore === demandText(s, dates))
        ? labelledDemand(s, dates)
        : fieldRuns(ctx, { record: s.id, field: 'demand', text: demandText(s, dates), before: demandBefore }, p);
    return {
      presence: p,
      cells: [
        cell(rowRuns(ctx, p, item.label)),
        cell(skillCell),
        cell(srcRuns.length ? ctx.comments.anchor(s.id, ['source'], sourceRuns(ctx, s, srcRuns, p.op !== 'same' || srcBefore !== undefined && srcBefore !== sourceText(s))) : missing(ctx, 'No source')),
        cell(demandRuns.length ? ctx.comments.anchor(s.id, ['demand'], demandRuns) : missing(ctx, 'No evidence recorded')),
      ],
    };
  });
  out.push(
    dataTable(ctx, [
      { header: 'No.', weight: 6 },
      { header: 'Skill requirement', weight: 40 },
      { header: 'Framework source', weight: 20 },
      { header: 'Evidence of demand', weight: 34 },
    ], rows),
    gap(),
  );
  return out;
}
