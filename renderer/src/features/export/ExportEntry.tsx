import { useMemo } from 'react';
import type { Action } from '../../app/actions';
import { useRegisterActions } from '../../app/useActions';
import { ExportDialog } from './ExportDialog';
import { useExportLauncher, useLauncherState } from './exportLauncher';

/**
 * Registers File ▸ Export… (`file.export`, Mod+E) and shows the export dialog when it runs,
 * or when another feature opens it with a preset (the Revisions panel's tracked changes).
 * Renders nothing until then; mount it once inside the open map's workspace.
 */
export function ExportEntry() {
  const launcher = useExportLauncher();
  const state = useLauncherState(launcher);
  const actions = useMemo((): Action[] => [{ id: 'file.export', label: 'Export…', shortcut: 'Mod+E', inFields: true, run: () => launcher.open() }], [launcher]);
  useRegisterActions(actions);
  return state.open ? <ExportDialog preset={state.preset} onClose={() => launcher.close()} /> : null;
}
