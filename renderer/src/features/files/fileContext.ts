import type { OpenResult, Preferences, StudioApi } from '../../../../shared/ipc';
import type { CollaborationStore } from '../collaboration/collaborationStore';
import type { FileUiStore } from './fileUiStore';
import type { MapSession } from './mapSession';

/**
 * What the file flows (open, save, merge a copy, recovery, identity) share: the host, the
 * file UI, and the map shown now. FileController implements it and composes the flows; each
 * flow is a function of this context with one job.
 */
export interface FileContext {
  readonly api: StudioApi;
  readonly ui: FileUiStore;
  readonly collab: CollaborationStore;
  /** The map shown now, with its autosave, live sync and title. */
  current(): MapSession | undefined;
  /** Runs `task` after every earlier save or check has finished. */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
  /** Shows an opened map, or why its file failed, in place of the current one. */
  show(result: OpenResult): Promise<void>;
  preferences(): Preferences;
}
