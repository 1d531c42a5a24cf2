import type { HostInfo, Identity, StudioCalls } from '../../shared/ipc';
import type { RecoveryStore } from '../services/recovery';
import type { SettingsService } from '../services/settings';
import { createDocumentCalls } from './documentCalls';
import { createExportCalls, type ExportDesktopHooks } from './exportCalls';
import { createSharedFileCalls } from './sharedFileCalls';
import { isAllowedExternalUrl } from './urls';
import type { DocumentSpec, FileWatch, WindowContext } from './windowContext';

/** What only the desktop can do; the browser host leaves these out and the page asks itself. */
export interface DesktopHooks extends ExportDesktopHooks {
  /**
   * The system's Open dialog; `suggestedPath` preselects a file the page named but the user
   * never chose (the user confirms it, or picks another).
   */
  chooseFileToOpen(ctx: WindowContext | undefined, suggestedPath?: string): Promise<string | null>;
  chooseSavePath(ctx: WindowContext, suggestedPath: string): Promise<string | null>;
  /** Brings forward the window that already shows `path`; false when none does. */
  focusWindowFor(path: string, except: WindowContext | undefined): boolean;
  openWindow(spec: DocumentSpec): void;
  windowStateChanged(ctx: WindowContext): void;
  finishClose(ctx: WindowContext, requestId: string, close: boolean): void;
  /** A file was opened or saved: the OS recent list and the Open Recent menu follow. */
  recentChanged(path: string): void;
  openExternal(url: string): Promise<void>;
}

export interface StudioHostDeps {
  info: HostInfo;
  settings: SettingsService;
  recovery: RecoveryStore;
  /** Where the browser's Open form starts when the window holds no file (the user's working folder). */
  startFolder: string;
  /** Every open window, to keep one window's live recovery copies from being offered to another. */
  windows: () => readonly WindowContext[];
  desktop?: DesktopHooks;
  /**
   * Watches a window's file for others' saves and keeps its presence file (emitting
   * `file-changed` and `presence` events to `ctx`). Absent: nothing is watched.
   */
  watchFile?: (path: string, sessionId: string, ctx: WindowContext) => FileWatch;
}

/**
 * StudioApi as the host implements it for one window, shared by Electron main (over IPC)
 * and the browser host (over HTTP) so both behave identically. It wires services together
 * and holds no logic of its own worth testing apart from them; it must not import electron.
 */
export function createStudioCalls(deps: StudioHostDeps, ctx: WindowContext): StudioCalls {
  const { settings, recovery } = deps;
  const liveElsewhere = (own: string) => {
    const live = new Set<string>([own]);
    for (const w of deps.windows()) if (w !== ctx) for (const s of w.sessions) live.add(s);
    return live;
  };

  return {
    ...createDocumentCalls(deps, ctx),
    ...createExportCalls(deps, ctx),
    ...createSharedFileCalls(deps, ctx),
    getHostInfo: async () => deps.info,

    async autosave(request) {
      try {
        ctx.sessions.add(request.sessionId);
        await recovery.write(request);
        return { ok: true };
      } catch (error) {
        return { ok: false, message: `Unsaved work could not be copied to the recovery folder (${describe(error)}).` };
      }
    },
    listRecoverable: async ({ path, sessionId }) => recovery.list(path, liveElsewhere(sessionId)),
    async restoreRecovery({ id, adoptAs }) {
      const result = await recovery.adopt(id, adoptAs);
      if (result.ok) ctx.sessions.add(adoptAs);
      return result;
    },
    async discardRecovery({ id }) {
      await recovery.discard(id);
      ctx.sessions.delete(id);
      return { ok: true };
    },

    getIdentity: async () => settings.getIdentity(),
    setIdentity: async (identity: Identity) => settings.setIdentity(identity),
    getInstitution: async () => settings.getInstitution(),
    setInstitution: async (institution) => settings.setInstitution(institution),
    getPreferences: async () => settings.getPreferences(),
    setPreferences: async (patch) => settings.setPreferences(patch),
    listRecentFiles: async () => settings.listRecent(),

    async setWindowState(state) {
      ctx.state = state;
      deps.desktop?.windowStateChanged(ctx);
    },
    async finishClose({ requestId, close }) {
      deps.desktop?.finishClose(ctx, requestId, close);
    },
    async openExternal({ url }) {
      if (!deps.desktop || !isAllowedExternalUrl(url)) return false;
      await deps.desktop.openExternal(url);
      return true;
    },
    pollEvents: async ({ after }) => ctx.events.poll(after),
  };
}

export function describe(error: unknown): string {
  return error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : String(error);
}

/**
 * The document to open from a command line: the first argument that is not a switch.
 * Switches (`--port`, Chromium's `--no-sandbox`, …) are handled elsewhere or ignored.
 */
export function firstFileArgument(args: readonly string[]): string | null {
  return args.find((a) => !a.startsWith('-')) ?? null;
}
