import { useMemo, useSyncExternalStore } from 'react';
import { useDocumentStore, type DocumentStore } from '../../store';

/**
 * Which credential the Record Step dialog is open for, if any: the inspector's button and
 * the palette action open the same dialog, mounted once in the workspace.
 */
export class StepDialogState {
  private credential: string | undefined;
  private listeners = new Set<() => void>();

  getCredential = (): string | undefined => this.credential;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  open(credential: string): void {
    this.set(credential);
  }

  close(): void {
    this.set(undefined);
  }

  private set(credential: string | undefined): void {
    if (credential === this.credential) return;
    this.credential = credential;
    for (const l of this.listeners) l();
  }
}

const dialogs = new WeakMap<DocumentStore, StepDialogState>();

export function useStepDialog(): StepDialogState {
  const store = useDocumentStore();
  return useMemo(() => {
    let d = dialogs.get(store);
    if (!d) {
      d = new StepDialogState();
      dialogs.set(store, d);
    }
    return d;
  }, [store]);
}

export function useStepDialogCredential(dialog: StepDialogState): string | undefined {
  return useSyncExternalStore(dialog.subscribe, dialog.getCredential, dialog.getCredential);
}
