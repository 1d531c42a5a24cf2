import type { StudioCalls, WindowState } from '../../../../shared/ipc';
import type { OpenMap } from './openMap';
import { reported } from './reportError';

const APP = 'Micro-Credential Studio';
const QUIET = { why: 'only the title bar and the Open-in-this-window choice are affected; the next change sends them again' };

/**
 * The window's title (a dot while unsaved) and what the host needs to know about the
 * window (title, unsaved, reusable by the next Open, path), sent only when it changed.
 */
export class WindowTitle {
  private last = '';

  constructor(
    private readonly api: Pick<StudioCalls, 'setWindowState'>,
    /** Sets the page's own title (`document.title`; what the taskbar and the browser tab show). */
    private readonly setPageTitle: (title: string) => void,
  ) {}

  /** The map as it is now; `replaceable`: an untouched example or new map. */
  show(map: OpenMap, replaceable: boolean): void {
    const { doc } = map.store.getState();
    const dirty = map.store.isDirty();
    this.setPageTitle(`${dirty ? '• ' : ''}${doc.settings.title} — ${APP}`);
    this.send({ title: doc.settings.title, dirty, replaceable, path: map.source.kind === 'file' ? map.source.path : null });
  }

  /** No map: a window that only shows why a file failed may be reused by the next Open. */
  clear(): void {
    this.setPageTitle(APP);
    this.send({ title: '', dirty: false, replaceable: true, path: null });
  }

  /** A new map is shown: send its state even if it looks like the last one. */
  reset(): void {
    this.last = '';
  }

  private send(state: WindowState): void {
    const key = JSON.stringify(state);
    if (key === this.last) return;
    this.last = key;
    reported(this.api.setWindowState(state), 'Could not update the window’s title', QUIET);
  }
}
