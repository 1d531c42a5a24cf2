import type { HostEvent, PresenceInfo, WindowState } from '../../shared/ipc';
import { EventQueue } from './eventQueue';

/** What a window shows: the file it holds, a new map, or the built-in example. */
export type DocumentSpec = { kind: 'example' } | { kind: 'untitled' } | { kind: 'file'; path: string };

/**
 * The host's side of one window (the desktop's BrowserWindow, or the browser host's one
 * page). Calls from that window are answered in its context.
 */
export interface WindowContext {
  readonly id: number;
  /** What openInitialDocument answers: updated by Open, New and Save As, so a reload shows the same map. */
  current: DocumentSpec;
  state: WindowState;
  /** Files this window may save over: the ones opened in it or chosen in its Save dialog. */
  readonly granted: Set<string>;
  /** Recovery sessions this window writes: never offered to another window as crashed work. */
  readonly sessions: Set<string>;
  readonly events: EventQueue;
  /** The watch on the window's file, while it shows one (see watchDocument). */
  watch?: FileWatch;
  emit(event: HostEvent): void;
}

/** A running watch on one file: others' saves and who else has it open. */
export interface FileWatch {
  /** Everyone else whose presence file beside the map is fresh. */
  others(): Promise<PresenceInfo[]>;
  /** Stops watching; resolves once this window's presence file is removed. */
  stop(): Promise<void>;
}

/** `push` delivers events where polling is not the transport (Electron's webContents.send). */
export function makeWindowContext(id: number, current: DocumentSpec, push?: (event: HostEvent) => void): WindowContext {
  const events = new EventQueue();
  return {
    id,
    current,
    state: { title: '', dirty: false, replaceable: current.kind !== 'file', path: current.kind === 'file' ? current.path : null },
    granted: new Set(current.kind === 'file' ? [current.path] : []),
    sessions: new Set(),
    events,
    emit: push ?? ((event) => events.push(event)),
  };
}
