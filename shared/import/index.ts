export { decodeText, detectEncoding, type DecodedText, type TextEncodingName } from './decode';
export { detectSeparator, readTable, tokenize, type CsvRecord, type CsvTable, type RowProblem } from './csv';
export { detectFormat, formatMismatch } from './detect';
export { MAX_IMPORT_BYTES, MAX_IMPORT_ITEMS, importItemsProblem, importSizeProblem } from './limits';
export { guessMapping } from './generic';
export { normaliseLabel, toImportance, toSkillType, levelToProficiency } from './normalise';
export { parseImport } from './parse';
export { matchesSelect, planImport, type DuplicateAction, type ImportPlan, type MatchedBy, type PlanOptions, type PlannedDuplicate } from './plan';
export { buildImportPayload, type ImportPayload } from './payload';
export {
  FORMAT_LABEL,
  IMPORT_FORMATS,
  MAPPABLE_FIELDS,
  type ColumnMapping,
  type ImportFormat,
  type ImportedSkill,
  type MappableField,
  type ParseOptions,
  type ParseResult,
} from './types';
export { buildRowsPayload, guessRowMapping, parseRows, ROW_FIELDS, ROW_KINDS, type ImportedRow, type RowKind, type RowMapping } from './rows';
export { releaseFromName } from './release';
export { describeUpdate, detectFrameworkUpdates, flagUpdatesPayload, type Reached, type SkillUpdate, type UpdateCheck, type UpdateOptions } from './updates';
