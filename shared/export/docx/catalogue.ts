import { Paragraph, TextRun, type ParagraphChild } from 'docx';
import { CredentialStatus, type Content, type Credential, type McredDocument } from '../../model';
import { ExportError } from '../errors';
import { credentialsOf } from '../scope';
import { findRevision, type DocxContext } from './context';
import { STYLE_IDS } from './styles';

/** Which credentials a catalogue takes by status: a list, or `'all'` (drafts marked). */
export type CatalogueStatuses = readonly CredentialStatus[] | 'all';

/** The statuses a catalogue takes by default: what has been approved. */
export const APPROVED_STATUSES: readonly CredentialStatus[] = ['approved', 'published'];

/** The label a catalogue puts next to the title of a credential that is not approved or published. */
export const DRAFT_LABEL = 'Draft — not approved';

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

/** Runs to put next to a credential's title in the overview table: the draft label, for a draft. */
export function draftMark(ctx: DocxContext, c: Credential): ParagraphChild[] {
  if (!isDraft(c)) return [];
  return [new TextRun({ text: '\u2002' }), new TextRun({ text: DRAFT_LABEL, bold: true, color: ctx.style.colours.gap })];
}

/** What the draft notice says of a credential not approved or published, by its status. */
const NOT_APPROVED_SENTENCES: Record<Exclude<CredentialStatus, 'approved' | 'published'>, string> = {
  draft: 'This micro-credential is a draft: its content may change before it is approved.',
  'in-review': 'This micro-credential is in review: its content may change before it is approved.',
  'changes-requested': 'Changes to this micro-credential have been requested: its content will change before it is approved.',
  retired: 'This micro-credential is retired: it is no longer offered.',
};

/** The paragraph at the top of a draft's chapter, below its heading; none for an approved credential. */
export function draftNotice(ctx: DocxContext, c: Credential): Paragraph[] {
  if (c.status === 'approved' || c.status === 'published') return [];
  return [
    new Paragraph({
      style: STYLE_IDS.body,
      keepNext: true,
      children: [new TextRun({ text: DRAFT_LABEL, bold: true, color: ctx.style.colours.gap }), new TextRun({ text: `. ${NOT_APPROVED_SENTENCES[c.status]}` })],
    }),
  ];
}
