import { personLabel, type McredDocument, type ProfileId } from '../model';
import { analysisReadiness } from './analysisReadiness';
import { askedBy, formatCredits, GROUP_LABELS, STANDARD_ELEMENTS } from './elements';
import { LEVEL_LETTER } from './docx/matrix';
import { bloomText } from './docx/outcomes';
import { demandText, sourceText } from './docx/need';
import { workloadSums } from './docx/workload';
import { ASSESSMENT_TYPE, DELIVERY, GRADING, IDENTITY, SUPERVISION } from './labels';
import type { ReadinessProvider } from './readiness';
import { scopeOf, type CredentialScope } from './scope';
import { dateStyleFor, formatDate } from './locale';
import { cleanText, formatNumber } from './text';

export interface MarkdownOptions {
  profiles?: readonly ProfileId[];
  readiness?: ReadinessProvider;
}

/**
 * The content of a specification or catalogue as Markdown (pandoc's pipe tables): the same
 * sections, tables and text as the Word document, without tracked changes, comments or
 * styling. The reference of the export benchmark (pandoc converting it to .docx) and a
 * plain-text preview.
 */
export function specificationMarkdown(doc: McredDocument, credentialIds: readonly string[], options: MarkdownOptions = {}): string {
  const out: string[] = [`# ${esc(doc.settings.title)}`, ''];
  credentialIds.forEach((id, i) => {
    const scope = scopeOf(doc, id);
    if (scope) out.push(...chapter(doc, scope, credentialIds.length > 1 ? `${i + 1}.` : '', options));
  });
  out.push('# Revision history', '');
  const revisions = Object.values(doc.revisions).map((r) => [formatDate(new Date(r.at), dateStyleFor(doc.settings.country)), `Named revision “${r.name}”`, personLabel(doc.people, r.author)]);
  out.push(...table(['Date', 'Revision', 'By'], revisions));
  return out.join('\n');
}

const esc = (s: string) => cleanText(s).replace(/\n+/g, ' ').replace(/([\\|*_`#[\]<>])/g, '\\$1');

function table(header: string[], rows: string[][]): string[] {
  return [`| ${header.map(esc).join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`), ''];
}

function chapter(doc: McredDocument, s: CredentialScope, prefix: string, options: MarkdownOptions): string[] {
  const c = s.credential;
  const profiles = options.profiles ?? doc.settings.profiles;
  const out: string[] = prefix ? [`# ${prefix.replace(/\.$/, '')} ${esc(c.title)}`, ''] : [];
  const h = (n: number, title: string) => out.push(`## ${prefix}${n} ${title}`, '');
  h(1, 'Summary of standard elements');
  const houseFields = doc.settings.house?.requiredFields ?? [];
  out.push(...table(['Element', 'Value', 'Asked for by'], STANDARD_ELEMENTS.map((e) => [`${e.label} (${GROUP_LABELS[e.group]})`, e.value(c, s, doc) ?? 'Not stated', askedBy(e, profiles, houseFields).join(', ')])));
  h(2, 'Purpose and industry need');
  for (const [label, text] of [['Purpose', c.description], ['Target audience', c.targetAudience], ['Industry need', c.industryNeed]] as const) {
    out.push(`**${label}.** ${esc(text ?? 'Not stated')}`, '');
  }
  const endorsed = (target: string) =>
    Object.values(doc.endorsements)
      .filter((e) => e.target === target)
      .map((e) => `Endorsed by ${personLabel(doc.people, e.person)}, ${formatDate(new Date(`${e.date}T00:00:00Z`), dateStyleFor(doc.settings.country))}${e.note ? `: “${e.note}”` : ''}`)
      .join(' ');
  out.push(
    ...table(
      ['No.', 'Skill requirement', 'Framework source', 'Evidence of demand'],
      s.skills.map((k) => [k.label, [k.skill.statement, k.skill.skillType, k.skill.importance, k.skill.description ?? '', endorsed(k.skill.id)].join(' '), sourceText(k.skill), demandText(k.skill)]),
    ),
  );
  h(3, 'Learning outcomes');
  const aLabels = new Map(s.assessments.map((a, i) => [a.id, `A${i + 1}`]));
  out.push(
    ...table(
      ['No.', 'Learning outcome', "Bloom's level", 'Assessed by'],
      s.outcomes.map((o) => [o.label, `${o.outcome.statement} Criteria: ${o.outcome.criteria ?? ''}`, bloomText(o.outcome).text, (s.assessedBy.get(o.outcome.id) ?? []).map((id) => aLabels.get(id)).join(', ')]),
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
  for (const o of s.outcomes) out.push(`- **${o.label}** ${esc(o.outcome.statement)}`);
  out.push('');
  h(5, 'Assessment plan');
  const outcomesOf = (id: string) => s.outcomes.filter((o) => (s.assessedBy.get(o.outcome.id) ?? []).includes(id)).map((o) => o.label).join(', ');
  out.push(
    ...table(
      ['No.', 'Assessment', 'Type and grading', 'Outcomes', 'Weight', 'Supervision', 'Identity check'],
      s.assessments.map((a, i) => [
        `A${i + 1}`,
        `${a.title} ${a.description ?? ''}`,
        `${ASSESSMENT_TYPE[a.assessmentType]} ${a.gradingScheme ? GRADING[a.gradingScheme] : ''}`,
        outcomesOf(a.id),
        a.weighting !== undefined ? `${a.weighting}%` : '',
        a.supervision ? SUPERVISION[a.supervision] : '',
        a.identityVerification ? IDENTITY[a.identityVerification] : '',
      ]),
    ),
  );
  h(6, 'Learning activities and workload');
  const label = new Map(s.outcomes.map((o) => [o.outcome.id, o.label]));
  out.push(
    ...table(
      ['Learning activity', 'Delivery', 'Outcomes', 'Contact hours', 'Self-study hours', 'Total hours'],
      s.activities.map((a) => [`${a.title} ${a.description ?? ''}`, DELIVERY[a.deliveryMode], (s.develops.get(a.id) ?? []).map((id) => label.get(id)).join(', '), formatNumber(a.contactHours), formatNumber(a.selfStudyHours), formatNumber(a.contactHours + a.selfStudyHours)]),
    ),
  );
  const sums = workloadSums(s, doc);
  out.push(`**Learning activities:** ${formatNumber(sums.contact)} contact hours + ${formatNumber(sums.selfStudy)} self-study hours = ${formatNumber(sums.total)} hours.`, '');
  h(7, 'Stackability and recognition');
  out.push(esc(c.stackability ?? 'Not stated'), '');
  out.push(...table(['Program', 'Credit recognised', 'Program total'], s.stacksInto.map((p) => [p.program.title, String(p.link.creditsRecognised ?? ''), p.program.totalCredits ? formatCredits(p.program.totalCredits) : ''])));
  h(8, 'Quality assurance and readiness');
  out.push(esc(c.qualityAssurance ?? 'Not stated'), '');
  for (const p of (options.readiness ?? analysisReadiness)(doc, c.id, profiles)) {
    out.push(`### ${esc(p.label)}`, '');
    out.push(...table(['Requirement', 'Result', 'Gap and how to close it'], p.results.map((r) => [r.requirement, r.met ? 'Met' : 'Gap', r.met ? '' : `${r.gap ?? ''} ${r.fix ?? ''}`])));
  }
  return out;
}
