import type { StudioApi } from '../../../shared/ipc';
import { plainDocument, type McredDocument } from '../../../shared/model';

declare global {
  interface Window {
    /** Set by the Electron preload; absent when the page runs in an ordinary browser. */
    readonly studio?: StudioApi;
  }
}

/**
 * The preload bridge, with each document argument made of ordinary objects first: the
 * open map's big collections are persistent maps (shared/model/recordMap.ts), which the
 * structured clone of Electron's IPC cannot copy.
 */
export function desktopStudio(): StudioApi | null {
  const studio = window.studio;
  if (!studio) return null;
  const api: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(studio)) {
    api[name] = typeof value === 'function' ? (...args: unknown[]) => (value as (...a: unknown[]) => unknown)(...args.map((a) => transferable(a, 2))) : value;
  }
  return api as unknown as StudioApi;
}

function isDocument(value: object): value is McredDocument {
  return 'entities' in value && 'meta' in value && 'format' in value;
}

/** A call argument ready for structured clone: documents in it (at most `depth` levels down) made plain. */
export function transferable(value: unknown, depth: number): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  if (isDocument(value)) return plainDocument(value);
  if (depth === 0 || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = transferable(v, depth - 1);
  return out;
}
