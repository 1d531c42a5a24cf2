export { CsvStream, MAX_RECORD_CHARS } from './csvStream';
export { guessPostingMapping, looksLikeFormula, mappingProblem, readDate } from './columns';
export { EvidenceCounter, countPostings, type CounterOptions } from './count';
export { PhraseIndex, skillPhrases, stem, stems, words } from './match';
export { NOTES_MARK, planEvidence, type PlanOptions } from './plan';
export { PostingsReader, readPostings, type PostingsReaderOptions } from './reader';
export { countPostingChunks, type CountStreamOptions, type CountedPostings } from './chunks';
export { demandSentence, employersPhrase, monthRange } from './sentence';
export { TEXT_SNIFF_BYTES, isNotText, notTextMessage } from './notText';
export {
  POSTING_FIELDS,
  POSTING_FIELD_LABEL,
  type CountedName,
  type EvidenceExample,
  type EvidenceResult,
  type Posting,
  type PostingField,
  type PostingMapping,
  type PostingsFormat,
  type RowProblem,
  type SkillEvidence,
} from './types';
