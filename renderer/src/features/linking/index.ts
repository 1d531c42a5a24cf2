export { LinkToEntry } from './LinkToEntry';
export { useLinkedNavigation, nodeElement } from './useLinkedNavigation';
