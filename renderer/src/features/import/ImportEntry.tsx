import { useMemo, useState } from 'react';
import type { ActionHandlers } from '../../app/actions';
import { useActionHandlers } from '../../app/useActions';
import { ImportWizard } from './ImportWizard';
import { RowImportDialog } from './RowImportDialog';

/**
 * Registers File ▸ Import… (skills) and the import of outcomes, assessments or activities as
 * declared actions and renders the dialog when one runs, so the
 * workspace mounts the whole feature with one element: `<ImportEntry />`.
 */
export function ImportEntry() {
  const [open, setOpen] = useState<'skills' | 'rows' | null>(null);
  const handlers = useMemo(
    (): ActionHandlers => ({
      'file.import': { run: () => setOpen('skills') },
      'file.importRows': { run: () => setOpen('rows') },
    }),
    [],
  );
  useActionHandlers(handlers);
  return (
    <>
      <ImportWizard open={open === 'skills'} onClose={() => setOpen(null)} />
      {open === 'rows' && <RowImportDialog onClose={() => setOpen(null)} />}
    </>
  );
}
