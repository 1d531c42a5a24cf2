import type { LoadProblem, Repair } from '../../../../shared/format';
import type { DocumentSource, HostInfo, Identity, RecoveryInfo } from '../../../../shared/ipc';
import type { OpenMap } from './openMap';

/** A question with buttons; the first choice is the default. */
export interface ChoiceDialog {
  kind: 'choice';
  title: string;
  message: string;
  detail?: string;
  choices: { id: string; label: string; tone?: 'primary' | 'danger' }[];
  answer(choice: string): void;
}

/** The browser's own forms for picking a file (the page cannot show the system's dialog). */
export interface PathDialog {
  /** `mergeCopy`: pick another copy of the map to merge into this one. */
  kind: 'open' | 'saveAs' | 'mergeCopy';
  /** Save As: the proposed file name. */
  suggestedName?: string;
  answer(choice: { path: string; recent?: boolean } | null): void;
}

export interface ProblemsDialog {
  kind: 'problems';
  path: string;
  problems: LoadProblem[];
  /** Problems found beyond those listed. */
  more?: number;
  answer(): void;
}

/** A damaged file that can be mended: what is wrong, what the repair changes; true = "Repair and Open". */
export interface RepairDialog {
  kind: 'repair';
  path: string;
  problems: LoadProblem[];
  more?: number;
  repairs: Repair[];
  answer(repair: boolean): void;
}

export type FileDialog = ChoiceDialog | PathDialog | ProblemsDialog | RepairDialog;

export interface Notice {
  id: number;
  tone: 'info' | 'success' | 'error';
  text: string;
  /** Extra lines, e.g. what a merge brought in. */
  details?: string[];
  /** A button on the notice, e.g. "Review conflicts". */
  action?: { label: string; run(): void };
}

/** Everything the file UI shows, as one immutable snapshot for useSyncExternalStore. */
export interface FileUiState {
  status: 'loading' | 'open' | 'problems' | 'host-error';
  host?: HostInfo;
  map?: OpenMap;
  /** The current map's source (changes on Save As and when a save finds the file read-only). */
  source?: DocumentSource;
  problems?: { path: string; problems: LoadProblem[]; more?: number };
  error?: string;
  /** Undefined while loading; null when the user has not said who they are. */
  identity?: Identity | null;
  /** The user chose "Not now" in the identity prompt (asked again on the next start). */
  identityDeferred?: boolean;
  /** Unsaved work of an earlier session of this map, offered back. */
  recovery: RecoveryInfo[];
  dialog?: FileDialog;
  notice?: Notice;
  /** e.g. "Saving…" */
  busy?: string;
}
