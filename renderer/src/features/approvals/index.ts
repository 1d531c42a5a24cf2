export { ApprovalEntry } from './ApprovalEntry';
export { ApprovalSection } from './ApprovalSection';
