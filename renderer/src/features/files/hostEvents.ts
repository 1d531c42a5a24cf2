import type { ActionId } from '../../../../shared/actions';
import type { HostEvent } from '../../../../shared/ipc';
import type { FileContext } from './fileContext';
import { reportError } from './reportError';
import { save } from './saveFlow';

/**
 * Routes the host's events: a native menu item to the page's actions (through the handler
 * the view installs), the watched file's events to live sync, and the close prompt's
 * "Save" to a save whose outcome lets the window close or not.
 */
export class HostEventRouter {
  private runAction: ((id: ActionId) => void) | undefined;

  constructor(private readonly ctx: FileContext) {}

  /** The view's way to run native menu items; returns the undo of the registration. */
  setMenuActionHandler(handler: (id: ActionId) => void): () => void {
    this.runAction = handler;
    return () => {
      if (this.runAction === handler) this.runAction = undefined;
    };
  }

  route(event: HostEvent): void {
    if (event.type === 'action') {
      if (this.runAction) this.runAction(event.id);
      else console.warn(`Menu item ${event.id} arrived before the page could run it (the page is still starting; choose it again)`);
      return;
    }
    if (this.ctx.current()?.sync.onHostEvent(event)) return;
    if (event.type === 'save-and-close') {
      const { requestId } = event;
      void save(this.ctx)
        .then((close) => this.ctx.api.finishClose({ requestId, close }))
        .catch((error: unknown) => reportError('Could not answer the close prompt', error));
    }
  }
}
