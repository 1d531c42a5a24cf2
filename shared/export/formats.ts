/**
 * The export formats, the one table: the request schema in `shared/ipc.ts`, `runExport`,
 * the CLI's `--format` and the export dialog all read it. Plain data, so the renderer's
 * IPC layer takes it without the exporters.
 */
export const EXPORT_FORMAT_TABLE = {
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx', many: false, redline: true },
  catalog: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx', many: true, redline: true },
  ob3: { mediaType: 'application/json', extension: 'json', many: false, redline: false },
  ctdl: { mediaType: 'application/ld+json', extension: 'jsonld', many: false, redline: false },
  case: { mediaType: 'application/json', extension: 'json', many: false, redline: false },
  csv: { mediaType: 'text/csv; charset=utf-8', extension: 'csv', many: false, redline: false },
} as const satisfies Record<string, ExportFormatInfo>;

export interface ExportFormatInfo {
  readonly mediaType: string;
  /** File name extension, without the dot. */
  readonly extension: string;
  /** Several credentials (the catalogue) rather than one. */
  readonly many: boolean;
  /** Word output: tracked changes against a named revision, a past revision's content. */
  readonly redline: boolean;
}

export type ExportFormat = keyof typeof EXPORT_FORMAT_TABLE;
export const EXPORT_FORMATS = Object.keys(EXPORT_FORMAT_TABLE) as [ExportFormat, ...ExportFormat[]];
