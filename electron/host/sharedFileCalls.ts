import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { StudioCalls } from '../../shared/ipc';
import { IN_WORKER, hashBytes, loadDocumentFile } from '../services/documents';
import type { StudioHostDeps } from './nodeStudioApi';
import { pathAccess } from './pathAccess';
import type { WindowContext } from './windowContext';

type SharedFileCalls = Pick<StudioCalls, 'watchDocument' | 'checkDocument' | 'readDocumentCopy'>;

/**
 * The shared-file side of one window: re-reading its file when someone else saved it,
 * reading another copy to merge, and (through `deps.watcher`) watching the file and
 * keeping this window's presence file beside it.
 */
export function createSharedFileCalls(deps: StudioHostDeps, ctx: WindowContext): SharedFileCalls {
  const access = pathAccess(deps, ctx);

  return {
    async watchDocument({ path, sessionId }) {
      if (path === null) {
        const stopping = ctx.watch?.stop();
        ctx.watch = undefined;
        await stopping;
        return { ok: true, others: [] };
      }
      const full = resolve(path);
      if (!ctx.granted.has(full)) return { ok: false, message: `This window did not open "${full}", so it does not watch it.` };
      if (!deps.watchFile) return { ok: true, others: [] };
      void ctx.watch?.stop();
      ctx.watch = deps.watchFile(full, sessionId, ctx);
      return { ok: true, others: await ctx.watch.others() };
    },

    async checkDocument({ path, baseHash }) {
      const full = resolve(path);
      if (!ctx.granted.has(full)) return { status: 'unreadable', message: `This window did not open "${full}".` };
      const bytes = await readFile(full).catch((e: NodeJS.ErrnoException) => e);
      if (bytes instanceof Error) {
        if (bytes.code === 'ENOENT') return { status: 'missing', message: `"${full}" was moved or deleted. Save to write it again, or Save As to put it elsewhere.` };
        return { status: 'unreadable', message: `"${full}" could not be read (${bytes.code ?? bytes.message}).` };
      }
      if (hashBytes(bytes) === baseHash) return { status: 'unchanged' };
      const loaded = await loadDocumentFile(full, IN_WORKER);
      if (!loaded.ok) {
        const why = loaded.problems[0]?.message ?? 'it could not be read';
        return { status: 'unreadable', message: `Someone changed "${full}" into something that cannot be read (${why}). It will not be overwritten; use Save As to keep your changes.` };
      }
      return { status: 'changed', doc: loaded.doc, hash: loaded.hash };
    },

    async readDocumentCopy({ path }) {
      const chosen = await access.chooseToRead(path === undefined ? null : access.resolvePath(path));
      if (chosen === null) return { status: 'cancelled' };
      if (typeof chosen !== 'string') return { status: 'failed', path: chosen.path, problems: chosen.problems };
      const loaded = await loadDocumentFile(chosen, IN_WORKER);
      if (!loaded.ok) return { status: 'failed', path: chosen, problems: loaded.problems };
      return { status: 'read', path: chosen, doc: loaded.doc };
    },
  };
}
