import { useMemo } from 'react';
import type { ActionHandlers } from '../../app/actions';
import { useActionHandlers } from '../../app/useActions';
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
  const handlers = useMemo((): ActionHandlers => ({ 'file.export': { run: () => launcher.open() } }), [launcher]);
  useActionHandlers(handlers);
  return state.open ? <ExportDialog preset={state.preset} onClose={() => launcher.close()} /> : null;
}
