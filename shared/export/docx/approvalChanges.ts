import { TextRun, type FileChild } from 'docx';
import type { Approval } from '../../model';
import { credentialChanges, type FieldChange } from '../../review/changes';
import { cleanText, humanise } from '../text';
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
  const rows: Row[] = changes.map((c) => ({
    cells: [
      cell([new TextRun({ text: `${KIND_LABELS[c.kind]}: `, bold: true }), new TextRun(cleanText(c.label))]),
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
