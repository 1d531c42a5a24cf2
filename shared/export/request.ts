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

import { EXPORT_FORMAT_TABLE, type ExportFormat } from './formats';

export { EXPORT_FORMATS, type ExportFormat } from './formats';

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

/** The media type and extension of `format`'s output. */
const kind = (format: ExportFormat) => ({ mediaType: EXPORT_FORMAT_TABLE[format].mediaType, extension: EXPORT_FORMAT_TABLE[format].extension });

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
      return { bytes, ...kind(request.format), notes: [] };
    }
    case 'catalog': {
      const ids = catalogueCredentialIds(doc, request);
      const bytes = await exportCatalogue(doc, ids, { ...docxOptions, onProgress: env.onProgress });
      return { bytes, ...kind(request.format), notes: [] };
    }
    case 'ob3': {
      const result = ob3Achievement(doc, oneCredential(doc, request.credentialIds), { baseUrl: request.baseUrl });
      return { bytes: json(result.achievement), ...kind(request.format), notes: ob3Notes(result) };
    }
    case 'ctdl':
      return ((e) => ({ bytes: json(e.graph), ...kind(request.format), notes: e.notes }))(ctdlExport(doc, oneCredential(doc, request.credentialIds), { baseUrl: request.baseUrl }));
    case 'case':
      return { bytes: json(casePackage(doc, oneCredential(doc, request.credentialIds), { baseUrl: request.baseUrl })), ...kind(request.format), notes: [] };
    case 'csv':
      return { bytes: new TextEncoder().encode(matrixCsv(doc, oneCredential(doc, request.credentialIds))), ...kind(request.format), notes: [] };
  }
}
