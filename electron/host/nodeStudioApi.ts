import { resolve } from 'node:path';
import { loadDocumentFile } from '../services/documents';
import { createSampleDocument } from '../../shared/sample';
import type { OpenResult, StudioApi } from '../../shared/ipc';

export interface NodeStudioOptions {
  /** The file named on the command line, or null to start with the built-in example. */
  initialFile: string | null;
}

/**
 * The Node-side implementation of StudioApi, shared by the Electron main process (over IPC)
 * and the browser host (over HTTP) so both behave identically. It only wires services
 * together; it must not import `electron`.
 */
export function createNodeStudioApi(options: NodeStudioOptions): StudioApi {
  const initialFile = options.initialFile === null ? null : resolve(options.initialFile);
  return {
    async openInitialDocument(): Promise<OpenResult> {
      if (initialFile === null) {
        return { ok: true, doc: createSampleDocument(), source: { kind: 'example' } };
      }
      const loaded = await loadDocumentFile(initialFile);
      if (!loaded.ok) return { ok: false, path: initialFile, problems: loaded.problems };
      return { ok: true, doc: loaded.doc, source: { kind: 'file', path: initialFile, hash: loaded.hash } };
    },
  };
}

/**
 * The document to open from a command line: the first argument that is not a switch.
 * Switches (`--port`, Chromium's `--no-sandbox`, …) are handled elsewhere or ignored.
 */
export function firstFileArgument(args: readonly string[]): string | null {
  return args.find((a) => !a.startsWith('-')) ?? null;
}
