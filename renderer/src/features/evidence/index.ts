export { EvidenceEntry, IMPORT_POSTINGS_ACTION_ID } from './EvidenceEntry';
