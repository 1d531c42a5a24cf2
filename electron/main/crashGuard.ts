import type { DocumentSpec } from '../host/windowContext';

/** What to do after a window's page died: show it again, show a new empty map instead, or leave it. */
export type CrashAction = 'reload' | 'open-empty' | 'stop';

/**
 * A page that died is reloaded once (its unsaved edits come back from the recovery copy).
 * A second death on the same document means the document itself kills it (a malformed map,
 * a bug it triggers): reloading would loop, so the window shows a new empty map instead,
 * and when even that dies twice it is left alone. `crashes` is the window's own count per
 * document. No electron import, so it is unit-tested in Node.
 */
export function afterRendererCrash(crashes: Map<string, number>, spec: DocumentSpec): CrashAction {
  const key = spec.kind === 'file' ? `file:${spec.path}` : spec.kind;
  const count = (crashes.get(key) ?? 0) + 1;
  crashes.set(key, count);
  if (count === 1) return 'reload';
  return spec.kind === 'untitled' ? 'stop' : 'open-empty';
}

/** What the user is told when a document was not shown again. */
export function crashMessage(spec: DocumentSpec): string {
  const what = spec.kind === 'file' ? `"${spec.path}"` : spec.kind === 'example' ? 'the example map' : 'a new map';
  return `Micro-Credential Studio stopped twice while showing ${what}, so it was not opened again. Unsaved changes are kept in the recovery folder and are offered when you open the map again.`;
}
