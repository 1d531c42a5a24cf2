import { TextRun, type ParagraphChild } from 'docx';
import type { ProfileReadiness, RequirementResult } from '../readiness';
import { longDate } from '../text';
import { cell, dataTable, gap, missing, para, type Row } from './blocks';
import { fieldRuns } from './redline';
import { sectionHeading, subHeading, type Block, type SectionInput } from './section';

/** Requirements are met or show a gap; problem checks (outcome quality, alignment) find nothing or something. */
const RESULT_TEXT = {
  requirement: { met: 'Met', error: 'Gap', warning: 'Check', info: 'Note' },
  check: { met: 'None found', error: 'Found', warning: 'Found', info: 'Note' },
} as const;

function resultRuns(input: SectionInput, r: RequirementResult, kind: keyof typeof RESULT_TEXT): ParagraphChild[] {
  const c = input.ctx.style.colours;
  if (r.met) return [new TextRun({ text: RESULT_TEXT[kind].met, bold: true, color: c.met })];
  const severity = r.severity ?? 'error';
  return [new TextRun({ text: RESULT_TEXT[kind][severity], bold: true, color: severity === 'error' ? c.gap : c.missing })];
}

/**
 * Section 8: how the credential's quality is assured, then the readiness check for each
 * enabled profile: every requirement, met or with its gap and the fix. The results come
 * from the analysis, so the document and the app's readiness panel agree.
 */
export function readinessSection(input: SectionInput, n: number, results: readonly ProfileReadiness[]): Block[] {
  const { ctx, scope } = input;
  const c = scope.credential;
  const out: Block[] = [sectionHeading(input, n, 'Quality assurance and readiness')];
  const qa = fieldRuns(ctx, { record: c.id, field: 'qualityAssurance', text: c.qualityAssurance ?? '', before: ctx.baseline ? (input.before?.credential.qualityAssurance ?? '') : undefined });
  out.push(para([new TextRun({ text: 'Quality assurance. ', bold: true }), ...(qa.length ? qa : missing(ctx))]));
  const shown = results.filter((p) => p.results.length);
  if (!shown.length) {
    out.push(para(missing(ctx, 'No accreditation profile is enabled for this map, so no readiness check was run.')));
    return out;
  }
  const allMet = shown.every((p) => p.results.every((r) => r.met));
  const gaps = shown.reduce((s, p) => s + p.results.filter((r) => !r.met && (r.severity ?? 'error') === 'error').length, 0);
  out.push(
    para(
      allMet
        ? `The readiness check on ${longDate(input.ctx.now)} found every requirement of the enabled profiles met.`
        : `The readiness check on ${longDate(input.ctx.now)} lists each requirement of the enabled profiles as met, or with the gap to close. ${gaps ? `${gaps} ${gaps === 1 ? 'gap blocks' : 'gaps block'} submission.` : 'Nothing blocks submission.'}`,
    ),
  );
  shown.forEach((profile, i) => {
    const met = profile.results.filter((r) => r.met).length;
    const kind = profile.profile === 'outcome-quality' || profile.profile === 'alignment' ? 'check' : 'requirement';
    out.push(subHeading(input, n, i + 1, profile.label));
    const source = profile.citation ? ` Source: ${profile.citation}.` : '';
    const tally = kind === 'check' ? `${met} of ${profile.results.length} checks find nothing to fix.` : `${met} of ${profile.results.length} requirements met.`;
    out.push(para(`${tally}${source}`, { keepNext: true, style: 'Caption' }));
    const rows: Row[] = profile.results.map((r) => ({
      cells: [
        cell(r.requirement),
        cell(resultRuns(input, r, kind)),
        cell(r.met ? '' : [r.gap ?? '', r.fix ? `Fix: ${r.fix}` : ''].filter(Boolean).join('\n')),
      ],
    }));
    out.push(
      dataTable(ctx, [
        { header: kind === 'check' ? 'Check' : 'Requirement', weight: 35 },
        { header: 'Result', weight: 14 },
        { header: kind === 'check' ? 'Where, and how to fix it' : 'Gap and how to close it', weight: 51 },
      ], rows),
      gap(),
    );
  });
  return out;
}
