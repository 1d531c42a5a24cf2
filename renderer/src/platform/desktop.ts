import type { StudioApi } from '../../../shared/ipc';

declare global {
  interface Window {
    /** Set by the Electron preload; absent when the page runs in an ordinary browser. */
    readonly studio?: StudioApi;
  }
}

export function desktopStudio(): StudioApi | null {
  return window.studio ?? null;
}
