/**
 * Exports: the Word specification and catalogue (tracked changes, comments), and the open
 * data formats (Open Badges 3.0, CTDL, CASE, CSV). Pure: bytes and JSON out, no I/O.
 */
export {
  buildCatalogue,
  buildSpecification,
  exportCatalogue,
  exportSpecification,
  packDocx,
  DEFAULT_STYLE,
  type BuiltDocx,
  type CatalogueOptions,
  type DocxOptions,
  type WordStyle,
} from './docx';
export { ExportError } from './errors';
export { analysisReadiness } from './analysisReadiness';
export { PROFILE_LABELS, type ProfileReadiness, type ReadinessProvider, type RequirementResult } from './readiness';
export { ob3Achievement, OB3_CONTEXT, type Ob3Achievement, type Ob3Export, type Ob3Options } from './ob3';
export { ctdlCredential, ctid, CTDL_CONTEXT } from './ctdl';
export { casePackage, type CaseOptions, type CfPackage } from './case';
export { csvField, matrixCsv, toCsv, UTF8_BOM } from './csv';
export { specificationMarkdown } from './markdown';
export { diffWords, type DiffPart } from './diff';
export { uuidV5 } from './uuid';
export { STANDARD_ELEMENTS, type StandardElement } from './elements';
export { scopeOf, credentialsOf, type CredentialScope } from './scope';
export { runExport, EXPORT_FORMATS, type ExportFormat, type ExportOutput, type ExportRequest } from './request';
