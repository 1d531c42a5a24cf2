import { useMemo, useSyncExternalStore } from 'react';
import { useDocumentStore, type DocumentStore } from '../../store';
import type { ExportFormatId } from './exportOptions';

/** How another feature opens the export dialog: e.g. the Revisions panel's tracked-changes export. */
export interface ExportPreset {
  format?: ExportFormatId;
  /** The older revision: tracked changes since it. */
  against?: string;
  /** Export the content of this revision rather than the map as it is now. */
  at?: string;
}

export type LauncherState = { open: false } | { open: true; preset?: ExportPreset };

const CLOSED: LauncherState = { open: false };

/** Whether the export dialog shows, and with what preset; one per open map. */
export class ExportLauncher {
  private state: LauncherState = CLOSED;
  private listeners = new Set<() => void>();

  getState = (): LauncherState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  open(preset?: ExportPreset): void {
    this.set({ open: true, ...(preset ? { preset } : {}) });
  }

  close(): void {
    this.set(CLOSED);
  }

  private set(state: LauncherState): void {
    this.state = state;
    for (const l of this.listeners) l();
  }
}

const launchers = new WeakMap<DocumentStore, ExportLauncher>();

export function exportLauncherOf(store: DocumentStore): ExportLauncher {
  let l = launchers.get(store);
  if (!l) {
    l = new ExportLauncher();
    launchers.set(store, l);
  }
  return l;
}

export function useExportLauncher(): ExportLauncher {
  const store = useDocumentStore();
  return useMemo(() => exportLauncherOf(store), [store]);
}

export function useLauncherState(launcher: ExportLauncher): LauncherState {
  return useSyncExternalStore(launcher.subscribe, launcher.getState, launcher.getState);
}
