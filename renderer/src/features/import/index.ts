export { ImportEntry } from './ImportEntry';
export { ImportWizard, type ImportWizardProps } from './ImportWizard';
