import { TextRun, type FileChild, type ParagraphChild } from 'docx';
import { entityLabel, LINK_RULES, type Approval } from '../../model';
import { credentialChanges, type FieldChange } from '../../review/changes';
import { scopeOf } from '../scope';
import { cleanText, humanise, unbreakable } from '../text';
import { approvalsOf } from './approval';
import { cell, dataTable, gap, heading, para, type Row } from './blocks';
import type { DocxContext } from './context';

/** Past this many characters a before or after value is cut: the page is a summary, the document has the full text. */
const MAX_VALUE = 280;

const KIND_LABELS: Record<FieldChange['kind'], string> = {
  skill: 'Skill',
  outcome: 'Outcome',
  assessment: 'Assessment',
  activity: 'Activity',
  credential: 'Credential',
  program: 'Program',
  link: 'Link',
  settings: 'Map',
};

/** "workloadHours" → "Workload hours". */
export function fieldLabel(field: string): string {
  return humanise(field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase());
}

const cut = (s: string | undefined) => {
  const t = cleanText(s ?? '').trim();
  if (!t) return '—';
  return t.length > MAX_VALUE ? `${t.slice(0, MAX_VALUE - 1).trimEnd()}…` : t;
};

/** The approval of this credential that pinned the baseline revision (the latest, if several did). */
export function approvalOfBaseline(ctx: DocxContext, credentialId: string): Approval | undefined {
  const pinned = ctx.baseline?.revision.id;
  if (!pinned) return undefined;
  return approvalsOf(ctx.doc, credentialId)
    .filter((a) => a.status === 'approved' && a.revision === pinned)
    .pop();
}

/**
 * The outcome codes as the rest of the document shows them ("LO3", or the outcome's own
 * code), by outcome id: the credential's outcomes now, then those only in the baseline.
 */
function outcomeCodes(ctx: DocxContext, credentialId: string): Map<string, string> {
  const codes = new Map<string, string>();
  for (const content of ctx.baseline ? [ctx.doc, ctx.baseline.content] : [ctx.doc]) {
    for (const o of scopeOf(content, credentialId)?.outcomes ?? []) if (!codes.has(o.outcome.id)) codes.set(o.outcome.id, o.label);
  }
  return codes;
}

/**
 * The item a change is about, named as the document names it: an outcome by its code with
 * its statement after ("LO3 Triage security alerts …"), a link by its two ends (an outcome
 * end by its code alone), anything else by its title or statement.
 */
function itemRuns(ctx: DocxContext, c: FieldChange, codes: ReadonlyMap<string, string>): ParagraphChild[] {
  const kind = new TextRun({ text: `${KIND_LABELS[c.kind]}: `, bold: true });
  const code = (id: string) => codes.get(id);
  if (c.kind === 'outcome' && code(c.record) !== undefined) return [kind, new TextRun({ text: unbreakable(code(c.record)!), bold: true }), new TextRun(` ${cleanText(c.label)}`)];
  const link = c.kind === 'link' ? (ctx.doc.links[c.record] ?? ctx.baseline?.content.links[c.record]) : undefined;
  if (!link || (code(link.from) === undefined && code(link.to) === undefined)) return [kind, new TextRun(cleanText(c.label))];
  const end = (id: string): TextRun => {
    if (code(id) !== undefined) return new TextRun({ text: unbreakable(code(id)!), bold: true });
    const e = ctx.doc.entities[id] ?? ctx.baseline?.content.entities[id];
    return new TextRun(e ? `“${cleanText(entityLabel(e))}”` : id);
  };
  return [kind, end(link.from), new TextRun(` ${LINK_RULES[link.kind].label} `), end(link.to)];
}

/** "the University Curriculum Committee approved … on 10 April 2026 (minute UCC 2026/14)" */
function approvalSentence(ctx: DocxContext, a: Approval): string {
  const body = a.body ? cleanText(a.body) : ctx.personName(a.author);
  const minute = a.minute ? ` (minute ${cleanText(a.minute)})` : '';
  return `${body} approved this specification on ${ctx.date(new Date(a.at))}${minute}, as the named revision “${cleanText(ctx.baseline!.revision.name)}”.`;
}

/**
 * The one-page "Summary of changes since approval" that follows the contents when the
 * tracked changes are shown against the revision an approval pinned: which approval, and
 * every change to the credential's records since (item, field, before, after), so that
 * the deciding body sees at a glance what it is asked to approve again. Nothing otherwise.
 */
export function changesSinceApproval(ctx: DocxContext, credentialId: string): FileChild[] {
  const approval = approvalOfBaseline(ctx, credentialId);
  if (!approval || !ctx.baseline) return [];
  const changes = credentialChanges(ctx.baseline.content, ctx.doc, credentialId);
  const out: FileChild[] = [heading('Summary of changes since approval', 1, undefined, { pageBreakBefore: true }), para(approvalSentence(ctx, approval))];
  if (!changes.length) {
    out.push(para(`No changes since ${cleanText(ctx.baseline.revision.name)}.`));
    return out;
  }
  const italic = (text: string) => [new TextRun({ text, italics: true })];
  const codes = outcomeCodes(ctx, credentialId);
  const rows: Row[] = changes.map((c) => ({
    cells: [
      cell(itemRuns(ctx, c, codes)),
      cell(c.op === 'changed' ? fieldLabel(c.field ?? '') : italic(c.op === 'added' ? 'Added' : 'Removed')),
      cell(c.op === 'changed' ? cut(c.before) : '—'),
      cell(c.op === 'changed' ? cut(c.after) : '—'),
    ],
  }));
  out.push(
    para(`${changes.length} ${changes.length === 1 ? 'change' : 'changes'} since then, shown in place as tracked changes in the rest of this document:`, { keepNext: true }),
    dataTable(ctx, [
      { header: 'Item', weight: 28 },
      { header: 'Field', weight: 14 },
      { header: 'Before', weight: 29 },
      { header: 'After', weight: 29 },
    ], rows),
    gap(),
  );
  return out;
}
