
export type { RowProblem } from '../import/csv';

/** One job posting as read from an export, before it is counted. */
export interface Posting {
  /** Line of the file it starts on (CSV/TSV) or its line (JSON lines), 1-based. */
  line: number;
  title?: string;
  employer?: string;
  /** ISO date (YYYY-MM-DD), when the row gave a readable one. */
  date?: string;
  /** The posting's text, searched for the skills. */
  text: string;
}

/** The posting fields a table's columns (or a JSON object's keys) can be mapped to. */
export const POSTING_FIELDS = ['title', 'employer', 'date', 'text'] as const;
export type PostingField = (typeof POSTING_FIELDS)[number];
/** Field → column name (or JSON key). `text` is required. */
export type PostingMapping = Partial<Record<PostingField, string>>;

export const POSTING_FIELD_LABEL: Readonly<Record<PostingField, string>> = {
  title: 'Job title',
  employer: 'Employer',
  date: 'Date posted',
  text: 'Posting text',
};

export type PostingsFormat = 'csv' | 'jsonl';

/** Which phrase of a skill matched a posting, and where: what makes a count explainable. */
export interface EvidenceExample {
  line: number;
  title?: string;
  employer?: string;
  /** The skill's phrase that matched, as the skill words it (label, other name or a shorter form). */
  phrase: string;
  /** The posting's own words around the match. */
  snippet: string;
}

export interface CountedName {
  name: string;
  postings: number;
}

/** What the postings say about one skill of the map. */
export interface SkillEvidence {
  skill: string;
  label: string;
  /** Postings naming the skill (each posting once). */
  postings: number;
  /** Postings per phrase that matched, most first. */
  phrases: CountedName[];
  /** Employers of those postings, most postings first (at most 10). */
  employers: CountedName[];
  /** The first posting (by line) that named it. */
  example?: EvidenceExample;
  /** Whether some outcome addresses the skill. */
  covered: boolean;
}

export interface EvidenceResult {
  /** Postings counted (rows read and not skipped). */
  postings: number;
  /** Earliest and latest posting date among those counted. */
  from?: string;
  to?: string;
  /** Every skill of the map, most postings first (then by label). */
  skills: SkillEvidence[];
  /** Frequent phrases of the postings that are no skill's label or other name. */
  phrases: CountedName[];
  /** Whether rare phrases were dropped to bound memory (phrase counts are then lower bounds). */
  phrasesApproximate: boolean;
  /** Most frequent employers overall. */
  employers: CountedName[];
}
