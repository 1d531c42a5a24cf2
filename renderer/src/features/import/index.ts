export { ImportEntry, IMPORT_ACTION_ID, IMPORT_ROWS_ACTION_ID } from './ImportEntry';
export { ImportWizard, type ImportWizardProps } from './ImportWizard';
