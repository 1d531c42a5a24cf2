import { TextRun } from 'docx';
import type { Program } from '../../model';
import { formatCredits } from '../elements';
import { listing } from '../../analysis/text';
import { cleanText, formatNumber } from '../text';
import { cell, dataTable, gap, para, type Row } from './blocks';
import { baselineOf, reviewFieldRuns } from './anchors';
import { compareLists, fieldRuns, rowRuns } from './redline';
import { presence, sectionHeading, type Block, type SectionInput } from './section';

const programCredits = (p: Program) => (p.totalCredits ? formatCredits(p.totalCredits) : '—');

/** "the B.S. in Cybersecurity": a program's title with the article, unless it starts with one. */
export function theProgram(title: string): string {
  const t = cleanText(title).trim();
  return /^the\s/i.test(t) ? t : `the ${t}`;
}

/**
 * "Recognised credit amounts to 10% of the B.S. in Cybersecurity and 25% of the A.S. in
 * Information Technology.": each program with its article, the last joined by "and", and one
 * full stop even when a title ends with one ("B.S.").
 */
export function shareSentence(shares: readonly { percent: number; title: string }[]): string {
  const text = `Recognised credit amounts to ${listing(shares, (s) => `${formatNumber(s.percent)}% of ${theProgram(s.title)}`, Infinity)}`;
  return text.endsWith('.') ? text : `${text}.`;
}

/**
 * Section 7: where the credential leads: the programs it stacks into and the credit they
 * recognise, the credentials it requires and those that build on it, and the designer's
 * statement on integration and recognition.
 */
export function stackabilitySection(input: SectionInput, n: number): Block[] {
  const { ctx, scope } = input;
  const c = scope.credential;
  const out: Block[] = [sectionHeading(input, n, 'Stackability and recognition')];
  // The statement is in the summary table already; here it is shown (and anchored a second time) when there is one.
  if (c.stackability || input.before?.credential.stackability) out.push(para(reviewFieldRuns(ctx, c, 'stackability', { before: baselineOf(ctx, input.before?.credential) })));

  const stacks = compareLists(scope.stacksInto, input.before?.stacksInto ?? (ctx.baseline ? [] : undefined), (s) => s.link.id);
  if (stacks.length) {
    const rows: Row[] = stacks.map(({ item, before, inNow, inBefore }) => {
      const p = presence(input, inNow, inBefore, item.link.id);
      const recognised = (x: typeof item) => {
        if (x.link.creditsRecognised === undefined) return 'Not stated';
        const unit = x.program.totalCredits?.unit ?? ctx.doc.settings.creditUnit;
        return formatCredits({ value: x.link.creditsRecognised, unit });
      };
      return {
        presence: p,
        cells: [
          cell(reviewFieldRuns(ctx, item.program, 'title', { before: baselineOf(ctx, before?.program), presence: p, look: { bold: true }, comments: { label: true } })),
          cell(rowRuns(ctx, p, item.program.level ?? (item.program.eqfLevel ? `EQF level ${item.program.eqfLevel}` : '—'))),
          cell(fieldRuns(ctx, { record: item.link.id, field: 'creditsRecognised', text: recognised(item), before: before ? recognised(before) : undefined }, p), { align: 'right' }),
          cell(rowRuns(ctx, p, programCredits(item.program)), { align: 'right' }),
          cell(rowRuns(ctx, p, item.program.awardingBody ?? '—')),
        ],
      };
    });
    out.push(
      para('Programs this micro-credential counts towards, and the credit each recognises:', { keepNext: true }),
      dataTable(ctx, [
        { header: 'Program', weight: 32 },
        { header: 'Level', weight: 18 },
        { header: 'Credit recognised', weight: 15, align: 'right' },
        { header: 'Program total', weight: 13, align: 'right' },
        { header: 'Awarding body', weight: 22 },
      ], rows),
      gap(),
    );
    const share = scope.stacksInto.filter((s) => s.link.creditsRecognised !== undefined && s.program.totalCredits && s.program.totalCredits.value > 0);
    if (share.length) out.push(para(shareSentence(share.map((s) => ({ percent: (100 * s.link.creditsRecognised!) / s.program.totalCredits!.value, title: s.program.title })))));
  } else {
    out.push(para('This micro-credential does not stack into a larger award in this map; it stands on its own.'));
  }

  const requires = scope.requires.map((r) => `${r.credential.title}${r.credential.code ? ` (${r.credential.code})` : ''}`);
  out.push(
    para([
      new TextRun({ text: 'Requires: ', bold: true }),
      new TextRun(requires.length ? `${requires.join('; ')}.` : 'no other micro-credential.'),
    ]),
  );
  const next = scope.requiredBy.map((r) => `${r.title}${r.code ? ` (${r.code})` : ''}`);
  out.push(para([new TextRun({ text: 'Leads on to: ', bold: true }), new TextRun(next.length ? `${next.join('; ')}.` : 'no other micro-credential in this map.')]));
  return out;
}
