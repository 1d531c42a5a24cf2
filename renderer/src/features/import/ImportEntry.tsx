import { useMemo, useState } from 'react';
import type { Action } from '../../app/actions';
import { useRegisterActions } from '../../app/useActions';
import { ImportWizard } from './ImportWizard';

/** The action id of File ▸ Import… (toolbar button, command palette, native menu). */
export const IMPORT_ACTION_ID = 'file.import';

/**
 * Registers File ▸ Import… as a declared action and renders the wizard when it runs, so the
 * workspace mounts the whole feature with one element: `<ImportEntry />`.
 */
export function ImportEntry() {
  const [open, setOpen] = useState(false);
  const actions = useMemo((): Action[] => [{ id: IMPORT_ACTION_ID, label: 'Import skills…', run: () => setOpen(true) }], []);
  useRegisterActions(actions);
  return <ImportWizard open={open} onClose={() => setOpen(false)} />;
}
