import { useMemo, useState } from 'react';
import { useRegisterActions } from '../../app/useActions';
import { ExportDialog } from './ExportDialog';

/**
 * Registers File ▸ Export… (`file.export`, Mod+E) and shows the export dialog when it runs.
 * Renders nothing until then; mount it once inside the open map's workspace.
 */
export function ExportEntry() {
  const [open, setOpen] = useState(false);
  const actions = useMemo(() => [{ id: 'file.export', label: 'Export…', shortcut: 'Mod+E', inFields: true, run: () => setOpen(true) }], []);
  useRegisterActions(actions);
  return open ? <ExportDialog onClose={() => setOpen(false)} /> : null;
}
