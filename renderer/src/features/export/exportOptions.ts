import { EXPORT_FORMAT_TABLE, type ExportFormat, type ExportFormatInfo } from '../../../../shared/export/formats';
import type { CredentialStatus } from '../../../../shared/model';

export type ExportFormatId = ExportFormat;

export interface FormatOption extends ExportFormatInfo {
  id: ExportFormatId;
  label: string;
  hint: string;
}

/** The dialog's words for each format; the rest is the shared table (`shared/export/formats.ts`). */
const WORDS: Record<ExportFormatId, { label: string; hint: string }> = {
  docx: { label: 'Word specification', hint: 'One credential, accreditation-ready .docx' },
  catalog: { label: 'Word catalogue', hint: 'Several credentials in one .docx' },
  ob3: { label: 'Open Badges 3.0', hint: 'Achievement, JSON' },
  ctdl: { label: 'CTDL', hint: 'Credential Engine, JSON-LD' },
  case: { label: 'CASE', hint: '1EdTech CFPackage, JSON' },
  csv: { label: 'CSV matrix', hint: 'Skills × outcomes, spreadsheet' },
};

export const FORMAT_OPTIONS: readonly FormatOption[] = (Object.keys(EXPORT_FORMAT_TABLE) as ExportFormatId[]).map((id) => ({ id, ...WORDS[id], ...EXPORT_FORMAT_TABLE[id] }));

export function formatOption(id: ExportFormatId): FormatOption {
  return FORMAT_OPTIONS.find((f) => f.id === id) ?? FORMAT_OPTIONS[0]!;
}

/** Same rule as the host's exportFileName (electron/services/export): a title as a safe file name. */
export function exportFileName(title: string, extension: string): string {
  const safe = [...title].map((ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? ' ' : ch)).join('');
  return `${safe.replace(/\s+/g, ' ').trim().slice(0, 120) || 'export'}.${extension}`;
}

/** The folder part of a host path (either separator: the host may be Windows). */
export function folderOf(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i <= 0 ? path.slice(0, i + 1) : path.slice(0, i);
}

export function joinPath(folder: string, name: string): string {
  const sep = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return folder.endsWith(sep) ? `${folder}${name}` : `${folder}${sep}${name}`;
}

/** Which credentials a Word catalogue takes: the approved and published ones, or all with drafts marked. */
export type CatalogueScope = 'approved' | 'all';

export const CATALOGUE_SCOPES: readonly { id: CatalogueScope; label: string }[] = [
  { id: 'approved', label: 'Approved and published only' },
  { id: 'all', label: 'All, drafts marked' },
];

/** The request's `statuses` for a scope. */
export const scopeStatuses = (scope: CatalogueScope): CredentialStatus[] | 'all' => (scope === 'all' ? 'all' : ['approved', 'published']);

/** Said when the scope leaves no credential (the same words as the export's error). */
export const NO_APPROVED_CREDENTIAL = "No micro-credential is approved or published yet; choose 'All, drafts marked' to include drafts.";
