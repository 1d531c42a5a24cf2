import { join, resolve } from 'node:path';
import type { OpenOutcome, OpenResult, SaveResult, StudioCalls } from '../../shared/ipc';
import { createSampleDocument } from '../../shared/sample';
import { IN_WORKER, newUntitledDocument, openDocumentAt, saveDocumentAs, saveOpenDocument, withMapExtension } from '../services/documents';
import { listMapFolder } from './folderListing';
import { pathAccess } from './pathAccess';
import type { StudioHostDeps } from './nodeStudioApi';
import type { DocumentSpec, WindowContext } from './windowContext';

type DocumentCalls = Pick<StudioCalls, 'openInitialDocument' | 'newDocument' | 'openDocument' | 'openRecent' | 'saveDocument' | 'saveDocumentAs' | 'listFolder'>;

/**
 * Opening and saving for one window. Paths from the page are resolved on the host; the
 * page may save only over files it opened or chose in this window, so a compromised page
 * cannot write wherever it likes. On the desktop a path the user never chose goes through
 * the Open dialog; in the browser, where the page's own forms are the only dialogs, the page
 * reaches only the folders of `pathAccess` and opens only files named as maps.
 */
export function createDocumentCalls(deps: StudioHostDeps, ctx: WindowContext): DocumentCalls {
  const { settings } = deps;

  const access = pathAccess(deps, ctx);
  const { baseFolder, resolvePath } = access;

  function remember(path: string, title: string): void {
    ctx.granted.add(path);
    settings.addRecent(path, title);
    deps.desktop?.recentChanged(path);
  }

  async function load(spec: DocumentSpec, repair = false): Promise<OpenResult> {
    switch (spec.kind) {
      case 'example':
        return { ok: true, doc: createSampleDocument(), source: { kind: 'example' } };
      case 'untitled':
        return { ok: true, doc: newUntitledDocument(settings.getIdentity(), Date.now(), undefined, settings.getInstitution()), source: { kind: 'untitled' } };
      case 'file': {
        const result = await openDocumentAt(spec.path, undefined, { ...IN_WORKER, repair });
        if (result.ok) remember(spec.path, result.doc.settings.title);
        return result;
      }
    }
  }

  /**
   * Shows a document: in this window when the page says it may be replaced (or the host
   * has only one window), else in a new window — or in the window that already holds it.
   */
  async function place(spec: DocumentSpec, replace: boolean, repair = false): Promise<OpenOutcome> {
    // A repair follows this window's failed open of the same file: it opens here.
    if (spec.kind === 'file' && deps.desktop && !repair) {
      if (ctx.current.kind === 'file' && ctx.current.path === spec.path) return { status: 'elsewhere' };
      if (deps.desktop.focusWindowFor(spec.path, ctx)) return { status: 'elsewhere' };
    }
    if (deps.info.multiWindow && !replace && deps.desktop) {
      deps.desktop.openWindow(spec);
      return { status: 'elsewhere' };
    }
    const result = await load(spec, repair);
    if (result.ok) ctx.current = spec;
    return { status: 'opened', result };
  }

  function saved(result: SaveResult, title: string, sessionId: string | undefined): SaveResult {
    if (!result.ok) return result;
    ctx.current = { kind: 'file', path: result.path };
    remember(result.path, result.merged?.doc.settings.title ?? title);
    if (sessionId) {
      void deps.recovery.discard(sessionId);
      ctx.sessions.delete(sessionId);
    }
    return result;
  }

  return {
    openInitialDocument: () => load(ctx.current),
    newDocument: ({ replace }) => place({ kind: 'untitled' }, replace),

    async openDocument({ path, replace, repair }) {
      const chosen = await access.chooseToRead(path === undefined ? null : resolvePath(path));
      if (chosen === null) return { status: 'cancelled' };
      if (typeof chosen !== 'string') return { status: 'opened', result: chosen };
      return place({ kind: 'file', path: chosen }, replace, repair);
    },

    async openRecent({ path, replace }) {
      const full = resolve(path);
      if (!settings.isRecent(full)) {
        return { status: 'opened', result: { ok: false, path: full, problems: [{ code: 'not-found', message: `"${full}" is not in the list of recent files` }] } };
      }
      const outcome = await place({ kind: 'file', path: full }, replace);
      if (outcome.status === 'opened' && !outcome.result.ok && outcome.result.problems.some((p) => p.code === 'not-found')) settings.removeRecent(full);
      return outcome;
    },

    async saveDocument(request) {
      const path = resolve(request.path);
      if (!ctx.granted.has(path)) {
        return { ok: false, code: 'not-allowed', message: `This window did not open "${path}", so it will not save over it. Use Save As.` };
      }
      const result = await saveOpenDocument({ path, doc: request.doc, baseHash: request.baseHash, save: request.save });
      return saved(result, request.doc.settings.title, request.sessionId);
    },

    async saveDocumentAs(request) {
      let path: string;
      let overwrite = request.overwrite ?? false;
      if (deps.desktop) {
        const suggested = ctx.current.kind === 'file' ? ctx.current.path : join(deps.startFolder, `${safeFileName(request.doc.settings.title)}.mcred`);
        const chosen = await deps.desktop.chooseSavePath(ctx, suggested);
        if (chosen === null) return { ok: false, code: 'cancelled', message: 'Not saved.' };
        path = withMapExtension(chosen);
        // The system dialog asked about replacing `chosen`; a name we extended was never shown.
        overwrite = path === chosen;
      } else {
        if (request.path === undefined) return { ok: false, code: 'cancelled', message: 'Choose where to save the map.' };
        path = withMapExtension(resolvePath(request.path));
        if (!access.mayReach(path)) return { ok: false, code: 'not-allowed', message: access.outsideMessage(path) };
      }
      const result = await saveDocumentAs({ path, doc: request.doc, save: request.save, overwrite });
      if (result.ok) ctx.granted.add(result.path);
      return saved(result, request.doc.settings.title, request.sessionId);
    },

    async listFolder({ path }) {
      const folder = path === undefined ? baseFolder() : resolvePath(path);
      if (deps.info.nativeDialogs) return { ok: false, path: folder, parent: null, folders: [], files: [], message: 'Use the system dialog.' };
      if (!access.mayReach(folder)) return { ok: false, path: folder, parent: null, folders: [], files: [], message: access.outsideMessage(folder) };
      const listing = await listMapFolder(folder);
      // "Up" is offered only while it stays within reach.
      return listing.parent !== null && !access.mayReach(listing.parent) ? { ...listing, parent: null } : listing;
    },
  };
}

/** A title as a file name: no path separators or characters Windows refuses. */
export function safeFileName(title: string): string {
  const name = [...title].map((c) => (c < ' ' || '\\/:*?"<>|'.includes(c) ? ' ' : c)).join('').replace(/\s+/g, ' ').trim().slice(0, 120);
  return name === '' || /^\.+$/.test(name) ? 'Untitled map' : name;
}
