import type { Importance, Proficiency, SkillType } from '../model';
import type { RowProblem } from './csv';

export type { RowProblem } from './csv';

/** The formats the importer reads. `csv` is any table with a column mapping. */
export type ImportFormat = 'esco' | 'onet' | 'case' | 'csv';
export const IMPORT_FORMATS: readonly ImportFormat[] = ['esco', 'onet', 'case', 'csv'];

export const FORMAT_LABEL: Readonly<Record<ImportFormat, string>> = {
  esco: 'ESCO skills CSV',
  onet: 'O*NET Skills/Knowledge file',
  case: 'CASE 1.0 JSON package',
  csv: 'CSV or spreadsheet table',
};

/**
 * One skill read from a file, before it becomes an entity: no id yet (ids are handed out
 * when the import is applied) and the row it came from, for messages.
 */
export interface ImportedSkill {
  /** Line (CSV/TSV) or item number (CASE) it came from, 1-based. */
  line: number;
  statement: string;
  description?: string;
  skillType: SkillType;
  importance: Importance;
  proficiency?: Proficiency;
  /** `release`: the framework release it was read from (e.g. "ESCO v1.2.0"), stored on the skill. */
  source?: { framework: string; code?: string; uri?: string; release?: string };
  group?: string;
  /** Other names (ESCO altLabels, CASE alternativeLabel): stored on the skill and searched in the picker. */
  altLabels?: string[];
  /** The release marks the skill obsolete (ESCO status "obsolete", a CASE item past its statusEndDate). */
  obsolete?: boolean;
  /** What the release says replaces it (ESCO isReplacedBy, a CASE replacedBy association). */
  replacedBy?: { statement?: string; code?: string; uri?: string };
}

/** The skill fields a generic table can be mapped to. */
export const MAPPABLE_FIELDS = ['statement', 'description', 'code', 'uri', 'framework', 'skillType', 'importance', 'group'] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];
/** Field → column name of the table. */
export type ColumnMapping = Partial<Record<MappableField, string>>;

export interface ParseOptions {
  /** O*NET: keep only this occupation (O*NET-SOC code, e.g. "15-1252.00"); default all, averaged. */
  occupation?: string;
  /** Generic CSV: which column feeds which field; guessed from the header when absent. */
  mapping?: ColumnMapping;
  /** Generic CSV: framework name when no column gives one. */
  framework?: string;
  /** The release the file is, e.g. "ESCO v1.2.0" (the wizard's or --release); else read from the file or its name. */
  release?: string;
  /** The file's name, for a release number in it ("ESCO dataset - v1.2.0 …", "db_29_0_text/Skills.txt"). */
  sourceName?: string;
  /** Today (YYYY-MM-DD): a CASE item whose statusEndDate is before it is obsolete; without it, before the document's lastChangeDateTime. */
  today?: string;
  /** Called with the fraction of the text tokenized, for a progress bar. */
  onProgress?: (fraction: number) => void;
}

export type ParseResult =
  | {
      ok: true;
      format: ImportFormat;
      skills: ImportedSkill[];
      /** Malformed rows (ragged, no label, bad URI…), with line numbers; the caller skips them or stops. */
      problems: RowProblem[];
      /** Header of a table (empty for CASE), for the mapping step. */
      columns: string[];
      /** The first few data rows as cells, for the preview. */
      preview: string[][];
      /** The mapping used (generic CSV only). */
      mapping?: ColumnMapping;
      /** The framework release the file is, when given or known (see `ParseOptions.release`). */
      release?: string;
    }
  | { ok: false; message: string };
