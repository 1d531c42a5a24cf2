import { randomUUID } from 'node:crypto';
import { dialog, type BrowserWindow } from 'electron';
import type { WindowContext } from '../host/windowContext';
import type { RecoveryStore } from '../services/recovery';

export interface ClosingWindow {
  win: BrowserWindow;
  ctx: WindowContext;
  /** Set once the user has decided; the next close goes through. */
  allowClose: boolean;
  /** Save requests sent to the renderer, answered by finishClose. */
  closeRequests: Map<string, (close: boolean) => void>;
  prompting?: boolean;
}

/**
 * The unsaved-changes prompt for a dirty window: Save / Don't Save / Cancel. Main knows the
 * window is dirty because the renderer reports every change of state (setWindowState), so
 * the prompt never waits on a busy page. Save asks the renderer to save (which may show
 * Save As) and closes only if that worked. Resolves true when the window closed.
 */
export async function confirmClose(entry: ClosingWindow, recovery: RecoveryStore): Promise<boolean> {
  if (entry.prompting) return false;
  entry.prompting = true;
  try {
    const title = entry.ctx.state.title || 'Untitled map';
    if (entry.win.isMinimized()) entry.win.restore();
    entry.win.focus();
    const { response } = await dialog.showMessageBox(entry.win, {
      type: 'warning',
      buttons: ['Save', "Don't Save", 'Cancel'],
      defaultId: 0,
      cancelId: 2,
      noLink: true,
      message: `Do you want to save the changes you made to “${title}”?`,
      detail: "Your changes will be lost if you don't save them.",
    });
    if (response === 2) return false;
    if (response === 1) {
      // The user chose to throw the changes away: no recovery copy should bring them back.
      for (const session of entry.ctx.sessions) await recovery.discard(session);
      return close(entry);
    }
    return (await askRendererToSave(entry)) ? close(entry) : false;
  } finally {
    entry.prompting = false;
  }
}

function askRendererToSave(entry: ClosingWindow): Promise<boolean> {
  const requestId = randomUUID();
  return new Promise((resolve) => {
    const answer = (close: boolean) => {
      entry.closeRequests.delete(requestId);
      entry.win.removeListener('closed', gone);
      resolve(close);
    };
    const gone = () => answer(false);
    entry.closeRequests.set(requestId, answer);
    entry.win.once('closed', gone);
    entry.ctx.emit({ type: 'save-and-close', requestId });
  });
}

function close(entry: ClosingWindow): true {
  entry.allowClose = true;
  if (!entry.win.isDestroyed()) entry.win.close();
  return true;
}
