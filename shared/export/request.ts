import type { McredDocument, ProfileId } from '../model';
import { casePackage } from './case';
import { ctdlExport } from './ctdl';
import { matrixCsv } from './csv';
import { exportCatalogue, exportSpecification } from './docx';
import { catalogueCredentialIds, type CatalogueStatuses } from './docx/catalogue';
import { ExportError } from './errors';
import type { PaperSize } from './locale';
import { ob3Achievement, ob3Notes } from './ob3';
import { credentialsOf } from './scope';

export const EXPORT_FORMATS = ['docx', 'catalog', 'ob3', 'ctdl', 'case', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What the export dialog, the CLI and the host ask for. */
export interface ExportRequest {
  format: ExportFormat;
  /** One credential for every format but `catalog` (which takes several, default all). */
  credentialIds?: readonly string[];
  /**
   * Catalogue only: the statuses of the credentials it takes when `credentialIds` is not
   * given; default approved and published. `'all'` takes every credential, drafts (anything
   * not approved or published) marked as such.
   */
  statuses?: CatalogueStatuses;
  /** Named revision (id or name) to show tracked changes against (docx and catalog). */
  against?: string;
  /** Named revision (id or name) whose content to export instead of the map as it is now (docx and catalog). */
  at?: string;
  /** Id of the named revision this export is recorded as, named in the Word document's properties (docx and catalog). */
  revision?: string;
  profiles?: readonly ProfileId[];
  /** Base URL for the ids of OB3 achievements and CASE records; default `urn:uuid:` ids. */
  baseUrl?: string;
  /** Write the contents' page numbers (docx and catalog); default true, `false` leaves them to Word. */
  pageNumbers?: boolean;
  /** Paper size (docx and catalog); default from the map's country: US Letter in the United States and Canada, A4 elsewhere. */
  paper?: PaperSize;
  author?: string;
}

export interface ExportOutput {
  bytes: Uint8Array;
  mediaType: string;
  /** File name extension, without the dot. */
  extension: string;
  /** What the user should know about the result, e.g. skills left out of OB3 alignments. */
  notes: string[];
}

const MEDIA = {
  docx: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
  json: ['application/json', 'json'],
  jsonld: ['application/ld+json', 'jsonld'],
  csv: ['text/csv; charset=utf-8', 'csv'],
} as const;

const json = (value: unknown) => new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);

/** The one credential a single-credential format works on: the one asked for, or the map's only one. */
function oneCredential(doc: McredDocument, ids: readonly string[] | undefined): string {
  if (ids?.length === 1) return ids[0]!;
  const all = credentialsOf(doc);
  if (!ids?.length && all.length === 1) return all[0]!.id;
  const list = all.map((c) => `${c.id} (${c.title})`).join(', ');
  throw new ExportError('choose-credential', ids?.length ? 'This format exports one micro-credential at a time.' : `Choose the micro-credential to export: ${list || 'the map has none'}.`);
}

/**
 * Runs one export request to bytes: the single entry point for the export dialog (through
 * the host), the CLI and tests. Throws `ExportError` for a request it cannot satisfy.
 */
export async function runExport(doc: McredDocument, request: ExportRequest, env: { now: Date; onProgress?: (done: number, total: number) => void }): Promise<ExportOutput> {
  const docxOptions = {
    now: env.now,
    profiles: request.profiles,
    against: request.against,
    at: request.at,
    revision: request.revision,
    pageNumbers: request.pageNumbers,
    paper: request.paper,
    author: request.author,
  };
  switch (request.format) {
    case 'docx': {
      const bytes = await exportSpecification(doc, oneCredential(doc, request.credentialIds), docxOptions);
      return { bytes, mediaType: MEDIA.docx[0], extension: MEDIA.docx[1], notes: [] };
    }
    case 'catalog': {
      const ids = catalogueCredentialIds(doc, request);
      const bytes = await exportCatalogue(doc, ids, { ...docxOptions, onProgress: env.onProgress });
      return { bytes, mediaType: MEDIA.docx[0], extension: MEDIA.docx[1], notes: [] };
    }
    case 'ob3': {
      const result = ob3Achievement(doc, oneCredential(doc, request.credentialIds), { baseUrl: request.baseUrl });
      return { bytes: json(result.achievement), mediaType: MEDIA.json[0], extension: MEDIA.json[1], notes: ob3Notes(result) };
    }
    case 'ctdl':
      return ((e) => ({ bytes: json(e.graph), mediaType: MEDIA.jsonld[0], extension: MEDIA.jsonld[1], notes: e.notes }))(ctdlExport(doc, oneCredential(doc, request.credentialIds), { baseUrl: request.baseUrl }));
    case 'case':
      return { bytes: json(casePackage(doc, oneCredential(doc, request.credentialIds), { baseUrl: request.baseUrl })), mediaType: MEDIA.json[0], extension: MEDIA.json[1], notes: [] };
    case 'csv':
      return { bytes: new TextEncoder().encode(matrixCsv(doc, oneCredential(doc, request.credentialIds))), mediaType: MEDIA.csv[0], extension: MEDIA.csv[1], notes: [] };
  }
}
