import { useSyncExternalStore } from 'react';
import type { DocumentStore } from '../../store';

/** Whether the map draws suggested links: a view setting of the window, never saved in the map. */
export class GhostToggle {
  private on = false;
  private listeners = new Set<() => void>();

  getOn = (): boolean => this.on;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  toggle = (): void => {
    this.on = !this.on;
    for (const l of [...this.listeners]) l();
  };
}

const toggles = new WeakMap<DocumentStore, GhostToggle>();

export function ghostToggleOf(store: DocumentStore): GhostToggle {
  let t = toggles.get(store);
  if (!t) toggles.set(store, (t = new GhostToggle()));
  return t;
}

export function useGhostLinksOn(toggle: GhostToggle): boolean {
  return useSyncExternalStore(toggle.subscribe, toggle.getOn);
}
