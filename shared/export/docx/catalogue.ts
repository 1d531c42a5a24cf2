import { Paragraph, TextRun, type ParagraphChild } from 'docx';
import { CredentialStatus, type Approval, type Content, type Credential, type McredDocument } from '../../model';
import { ExportError } from '../errors';
import { STATUS_MARKS, credentialsOf, statusMark, type MarkedStatus } from '../scope';
import { cleanText } from '../text';
import { approvalsOf } from './approval';
import { findRevision, type DocxContext } from './context';
import { STYLE_IDS } from './styles';

/** Which credentials a catalogue takes by status: a list, or `'all'` (drafts marked). */
export type CatalogueStatuses = readonly CredentialStatus[] | 'all';

/** The statuses a catalogue takes by default: what has been approved. */
export const APPROVED_STATUSES: readonly CredentialStatus[] = ['approved', 'published'];

/** Not approved or published: a draft, as far as a catalogue reader is concerned. */
export function isDraft(c: Pick<Credential, 'status'>): boolean {
  return !APPROVED_STATUSES.includes(c.status);
}

/** Parses `approved,published` or `all` (the CLI's `--statuses`); undefined when a status is unknown. */
export function parseStatuses(text: string): CatalogueStatuses | undefined {
  const parts = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length === 1 && parts[0] === 'all') return 'all';
  if (!parts.length) return undefined;
  const parsed = parts.map((p) => CredentialStatus.safeParse(p));
  return parsed.every((p) => p.success) ? [...new Set(parsed.map((p) => p.data!))] : undefined;
}

const sameStatuses = (a: readonly CredentialStatus[], b: readonly CredentialStatus[]) => a.length === b.length && a.every((s) => b.includes(s));

/**
 * The credentials of a catalogue, in the order of the overview table: the ones asked for by
 * id (whatever their status: drafts among them are marked), else those with the chosen
 * statuses (default approved and published) in the content exported (`at` a revision, or
 * as it is now). Throws an `ExportError` saying how to include drafts when none qualifies.
 */
export function catalogueCredentialIds(doc: McredDocument, request: { credentialIds?: readonly string[]; statuses?: CatalogueStatuses; at?: string }): string[] {
  if (request.credentialIds?.length) return [...request.credentialIds];
  const content: Content = request.at !== undefined ? findRevision(doc, request.at).snapshot : doc;
  const all = credentialsOf(content);
  const statuses = request.statuses ?? APPROVED_STATUSES;
  if (statuses === 'all') return all.map((c) => c.id);
  const chosen = all.filter((c) => statuses.includes(c.status));
  if (!chosen.length && all.length) {
    const which = sameStatuses(statuses, APPROVED_STATUSES) ? 'approved or published' : statuses.map((s) => s.replace(/-/g, ' ')).join(' or ') || 'of the chosen statuses';
    throw new ExportError('no-credentials', `No micro-credential is ${which} yet; choose 'All, drafts marked' to include drafts.`);
  }
  return chosen.map((c) => c.id);
}

/** Runs to put next to a credential's title in the overview table: its status mark, unless it is approved or published. */
export function draftMark(ctx: DocxContext, c: Credential): ParagraphChild[] {
  const mark = statusMark(c);
  if (mark === undefined) return [];
  return [new TextRun({ text: '\u2002' }), new TextRun({ text: mark, bold: true, color: ctx.style.colours.gap })];
}

/** What the notice says of a credential not approved or published, by its status (a retired one: see `retiredSentence`). */
const NOT_APPROVED_SENTENCES: Record<Exclude<MarkedStatus, 'retired'>, string> = {
  draft: 'This micro-credential is a draft: its content may change before it is approved.',
  'in-review': 'This micro-credential is in review: its content may change before it is approved.',
  'changes-requested': 'Changes to this micro-credential have been requested: its content will change before it is approved.',
};

/** "University Curriculum Committee on April 10, 2026 (minute UCC 2026/14, item 7)": who approved, when. */
function approvedBy(ctx: DocxContext, a: Approval): string {
  const body = a.body ? cleanText(a.body) : ctx.personName(a.author);
  return `${body} on ${ctx.date(new Date(a.at))}${a.minute ? ` (minute ${cleanText(a.minute)})` : ''}`;
}

/** A retired credential: when it was approved (if it was) and retired, as the approval records say. */
function retiredSentence(ctx: DocxContext, approval: Approval | undefined, retirement: Approval | undefined): string {
  const retired = retirement ? ` retired on ${ctx.date(new Date(retirement.at))}` : '';
  if (approval) return `It was approved by ${approvedBy(ctx, approval)}${retired ? ` and${retired}` : ''}.`;
  return `No approval of it is on record${retired ? `; it was${retired}` : ''}.`;
}

/**
 * The paragraph at the top of a chapter, below its heading, for a credential not approved or
 * published: its status mark and what it means, with the approval on record (a retired one's
 * approval and retirement; its last approval for one back in draft or review).
 * None for an approved or published credential.
 */
export function draftNotice(ctx: DocxContext, c: Credential): Paragraph[] {
  if (c.status === 'approved' || c.status === 'published') return [];
  const mark = STATUS_MARKS[c.status];
  const records = approvalsOf(ctx.doc, c.id);
  const approval = records.filter((a) => a.status === 'approved').pop();
  let sentence: string;
  if (c.status === 'retired') sentence = retiredSentence(ctx, approval, records.filter((a) => a.status === 'retired').pop());
  else sentence = NOT_APPROVED_SENTENCES[c.status] + (approval ? ` It was last approved by ${approvedBy(ctx, approval)}.` : '');
  return [
    new Paragraph({
      style: STYLE_IDS.body,
      keepNext: true,
      children: [new TextRun({ text: mark, bold: true, color: ctx.style.colours.gap }), new TextRun({ text: `. ${sentence}` })],
    }),
  ];
}
