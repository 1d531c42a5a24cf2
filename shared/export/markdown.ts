import type { McredDocument } from '../model';
import { GROUP_LABELS, STANDARD_ELEMENTS, formatCredits } from './elements';
import { LEVEL_LETTER } from './docx/matrix';
import { bloomText } from './docx/outcomes';
import { demandText, sourceText } from './docx/need';
import { scopeOf, type CredentialScope } from './scope';
import { ASSESSMENT_TYPE, DELIVERY, IDENTITY, SUPERVISION } from './labels';
import { cleanText, formatNumber } from './text';

/**
 * The content of a specification as Markdown (pandoc's pipe tables): the same sections and
 * tables as the Word document, without tracked changes, comments or styling. Used as the
 * reference of the export benchmark (pandoc converting it to .docx) and as a plain-text
 * preview.
 */
export function specificationMarkdown(doc: McredDocument, credentialIds: readonly string[]): string {
  const out: string[] = [`# ${esc(doc.settings.title)}`, ''];
  credentialIds.forEach((id, i) => {
    const scope = scopeOf(doc, id);
    if (scope) out.push(...chapter(doc, scope, `${i + 1}.`));
  });
  return out.join('\n');
}

const esc = (s: string) => cleanText(s).replace(/\n+/g, ' ').replace(/([\\|*_`#[\]<>])/g, '\\$1');

function table(header: string[], rows: string[][]): string[] {
  return [`| ${header.map(esc).join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`), ''];
}

function chapter(doc: McredDocument, s: CredentialScope, prefix: string): string[] {
  const c = s.credential;
  const out: string[] = [`# ${prefix.replace(/\.$/, '')} ${esc(c.title)}`, ''];
  const h = (n: number, title: string) => out.push(`## ${prefix}${n} ${title}`, '');
  h(1, 'Summary of standard elements');
  out.push(...table(['Element', 'Value', 'Group'], STANDARD_ELEMENTS.map((e) => [e.label, e.value(c, s, doc) ?? 'Not stated', GROUP_LABELS[e.group]])));
  h(2, 'Purpose and industry need');
  for (const [label, text] of [['Purpose', c.description], ['Target audience', c.targetAudience], ['Industry need', c.industryNeed]] as const) {
    out.push(`**${label}.** ${esc(text ?? 'Not stated')}`, '');
  }
  out.push(...table(['No.', 'Skill requirement', 'Framework source', 'Evidence of demand'], s.skills.map((k) => [k.label, k.skill.statement, sourceText(k.skill), demandText(k.skill)])));
  h(3, 'Learning outcomes');
  const aLabels = new Map(s.assessments.map((a, i) => [a.id, `A${i + 1}`]));
  out.push(
    ...table(
      ['No.', 'Learning outcome', "Bloom's level", 'Assessed by'],
      s.outcomes.map((o) => [o.label, o.outcome.statement, bloomText(o.outcome).text, (s.assessedBy.get(o.outcome.id) ?? []).map((id) => aLabels.get(id)).join(', ')]),
    ),
  );
  h(4, 'Alignment of skills and outcomes');
  out.push(
    ...table(
      ['Skill requirement', ...s.outcomes.map((o) => o.label)],
      s.skills.map((k) => [`${k.label} ${k.skill.statement}`, ...s.outcomes.map((o) => {
        const l = s.addresses.get(k.skill.id)?.get(o.outcome.id);
        return l ? LEVEL_LETTER[l.level] : '';
      })]),
    ),
  );
  h(5, 'Assessment plan');
  out.push(
    ...table(
      ['No.', 'Assessment', 'Type', 'Weight', 'Supervision', 'Identity check'],
      s.assessments.map((a, i) => [`A${i + 1}`, a.title, ASSESSMENT_TYPE[a.assessmentType], a.weighting !== undefined ? `${a.weighting}%` : '', a.supervision ? SUPERVISION[a.supervision] : '', a.identityVerification ? IDENTITY[a.identityVerification] : '']),
    ),
  );
  h(6, 'Learning activities and workload');
  out.push(
    ...table(
      ['Learning activity', 'Delivery', 'Contact hours', 'Self-study hours', 'Total hours'],
      s.activities.map((a) => [a.title, DELIVERY[a.deliveryMode], formatNumber(a.contactHours), formatNumber(a.selfStudyHours), formatNumber(a.contactHours + a.selfStudyHours)]),
    ),
  );
  h(7, 'Stackability and recognition');
  out.push(esc(c.stackability ?? 'Not stated'), '');
  out.push(...table(['Program', 'Credit recognised', 'Program total'], s.stacksInto.map((p) => [p.program.title, String(p.link.creditsRecognised ?? ''), p.program.totalCredits ? formatCredits(p.program.totalCredits) : ''])));
  h(8, 'Quality assurance and readiness');
  out.push(esc(c.qualityAssurance ?? 'Not stated'), '');
  return out;
}
