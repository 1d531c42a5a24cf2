export { EvidenceEntry } from './EvidenceEntry';
