import type { ExportRequest } from '../../../../shared/export/request';
import type { CredentialStatus } from '../../../../shared/model';

export type ExportFormatId = ExportRequest['format'];

export interface FormatOption {
  id: ExportFormatId;
  label: string;
  hint: string;
  extension: string;
  /** Several credentials (the catalogue) rather than one. */
  many: boolean;
  /** Word output: tracked changes against a named revision are possible. */
  redline: boolean;
}

export const FORMAT_OPTIONS: readonly FormatOption[] = [
  { id: 'docx', label: 'Word specification', hint: 'One credential, accreditation-ready .docx', extension: 'docx', many: false, redline: true },
  { id: 'catalog', label: 'Word catalogue', hint: 'Several credentials in one .docx', extension: 'docx', many: true, redline: true },
  { id: 'ob3', label: 'Open Badges 3.0', hint: 'Achievement, JSON', extension: 'json', many: false, redline: false },
  { id: 'ctdl', label: 'CTDL', hint: 'Credential Engine, JSON-LD', extension: 'jsonld', many: false, redline: false },
  { id: 'case', label: 'CASE', hint: '1EdTech CFPackage, JSON', extension: 'json', many: false, redline: false },
  { id: 'csv', label: 'CSV matrix', hint: 'Skills × outcomes, spreadsheet', extension: 'csv', many: false, redline: false },
];

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

/** Same rule as the catalogue (shared/export/docx/catalogue): anything not approved or published is a draft. */
export const isDraftStatus = (status: CredentialStatus): boolean => status !== 'approved' && status !== 'published';

/** The request's `statuses` for a scope. */
export const scopeStatuses = (scope: CatalogueScope): CredentialStatus[] | 'all' => (scope === 'all' ? 'all' : ['approved', 'published']);

/** Said when the scope leaves no credential (the same words as the export's error). */
export const NO_APPROVED_CREDENTIAL = "No micro-credential is approved or published yet; choose 'All, drafts marked' to include drafts.";
