import { access } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import type { ExportDocumentResult, StudioCalls } from '../../shared/ipc';
import type { ExportFormat } from '../../shared/export';
import { exportToFile } from '../services/export';
import type { StudioHostDeps } from './nodeStudioApi';
import { pathAccess } from './pathAccess';
import type { WindowContext } from './windowContext';

type ExportCalls = Pick<StudioCalls, 'exportDocument' | 'showInFolder'>;

/** What only the desktop can do for exports: its Save dialog and its file manager (optional, so test rigs may leave them out). */
export interface ExportDesktopHooks {
  chooseExportPath?(ctx: WindowContext, suggestedPath: string, extension: string): Promise<string | null>;
  showItemInFolder?(path: string): void;
}

/** The file name extension each format writes (as runExport reports it). */
export const EXPORT_EXTENSIONS: { readonly [F in ExportFormat]: string } = {
  docx: 'docx',
  catalog: 'docx',
  ob3: 'json',
  ctdl: 'jsonld',
  case: 'json',
  csv: 'csv',
};

/** Files each window exported: the only ones "Show in folder" reveals. */
const exportedBy = new WeakMap<WindowContext, Set<string>>();

const withExtension = (path: string, ext: string) => (extname(path).toLowerCase() === `.${ext}` ? path : `${path}.${ext}`);
const exists = (path: string) => access(path).then(() => true, () => false);

/**
 * Exports for one window. The path comes from the desktop's Save dialog, or from the
 * browser page's own form (as Save As does); the extension is forced to the format's, so an
 * export can never replace a map, and an existing file is replaced only when the page asked.
 */
export function createExportCalls(deps: StudioHostDeps, ctx: WindowContext): ExportCalls {
  const access = pathAccess(deps, ctx);
  const { resolvePath } = access;

  return {
    async exportDocument({ doc, request, path, overwrite }): Promise<ExportDocumentResult> {
      const ext = EXPORT_EXTENSIONS[request.format];
      let target: string;
      if (deps.desktop) {
        const suggested = resolvePath(path ?? `${doc.settings.title}.${ext}`);
        const chosen = (await deps.desktop.chooseExportPath?.(ctx, suggested, ext)) ?? null;
        if (chosen === null) return { ok: false, code: 'cancelled', message: 'Not exported.' };
        target = withExtension(chosen, ext);
        if (target !== chosen && !overwrite && (await exists(target))) {
          return { ok: false, code: 'exists', message: `"${target}" already exists.` };
        }
      } else {
        if (path === undefined) return { ok: false, code: 'cancelled', message: 'Choose where to write the export.' };
        target = withExtension(resolvePath(path), ext);
        if (!access.mayReach(target)) return { ok: false, code: 'not-allowed', message: access.outsideMessage(target) };
        if (!overwrite && (await exists(target))) return { ok: false, code: 'exists', message: `"${target}" already exists.` };
      }
      const author = request.author ?? deps.settings.getIdentity()?.name;
      const onProgress = (done: number, total: number) => ctx.emit({ type: 'export-progress', done, total });
      // A replaced file is kept as FILE.bak, whoever confirmed the replacing.
      const result = await exportToFile(doc, { ...request, ...(author ? { author } : {}) }, target, { now: new Date(), onProgress, backup: true });
      if (!result.ok) return { ok: false, code: result.code, message: result.message };
      const set = exportedBy.get(ctx) ?? new Set<string>();
      set.add(result.path);
      exportedBy.set(ctx, set);
      return result;
    },

    async showInFolder({ path }) {
      const full = resolve(path);
      if (!exportedBy.get(ctx)?.has(full)) return { ok: false, message: `This window did not export "${full}".` };
      const reveal = deps.desktop?.showItemInFolder;
      if (!reveal) return { ok: true, folder: dirname(full), shown: false };
      reveal(full);
      return { ok: true, folder: dirname(full), shown: true };
    },
  };
}
