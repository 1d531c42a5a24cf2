import type { StudioApi } from '../../../shared/ipc';
import { FileSession } from '../features/files/FileSession';
import { SkipToMap } from './SkipToMap';
import { useGlobalShortcuts } from './useActions';
import { Workspace } from './Workspace';

export interface AppProps {
  /** Finds the host (Electron or browser); passed in so the shell does not know which one. */
  connect: () => StudioApi;
}

/** The shell: the file session (open, save, banners) around the editing workspace. */
export function App({ connect }: AppProps) {
  useGlobalShortcuts();
  return (
    <div className="app">
      <SkipToMap />
      <FileSession connect={connect}>
        <Workspace />
      </FileSession>
    </div>
  );
}
