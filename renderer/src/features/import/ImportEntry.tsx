import { useMemo, useState } from 'react';
import type { Action } from '../../app/actions';
import { useRegisterActions } from '../../app/useActions';
import { ImportWizard } from './ImportWizard';
import { RowImportDialog } from './RowImportDialog';

/** The action id of File ▸ Import… (toolbar button, command palette, native menu). */
export const IMPORT_ACTION_ID = 'file.import';
/** Import ▸ outcomes, assessments or activities from pasted rows or a CSV. */
export const IMPORT_ROWS_ACTION_ID = 'file.importRows';

/**
 * Registers File ▸ Import… (skills) and the import of outcomes, assessments or activities as
 * declared actions and renders the dialog when one runs, so the
 * workspace mounts the whole feature with one element: `<ImportEntry />`.
 */
export function ImportEntry() {
  const [open, setOpen] = useState<'skills' | 'rows' | null>(null);
  const actions = useMemo(
    (): Action[] => [
      { id: IMPORT_ACTION_ID, label: 'Import skills…', run: () => setOpen('skills') },
      { id: IMPORT_ROWS_ACTION_ID, label: 'Import outcomes, assessments or activities…', run: () => setOpen('rows') },
    ],
    [],
  );
  useRegisterActions(actions);
  return (
    <>
      <ImportWizard open={open === 'skills'} onClose={() => setOpen(null)} />
      {open === 'rows' && <RowImportDialog onClose={() => setOpen(null)} />}
    </>
  );
}
