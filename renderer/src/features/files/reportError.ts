import { messageOf } from './messages';

/**
 * The page's one error path for failures that happen away from a dialog (a background
 * check, a best-effort clean-up, the clipboard). Each call says what was being done and
 * either tells the user — they must know, because their work or their view of it is
 * affected — or says why it can wait, which is logged as a warning for whoever reads the
 * console. Nothing is dropped unseen (ESLint refuses a `.catch(() => …)` that ignores
 * its error in the renderer).
 */

/** Shows a failure the user must know about (the file session's error notice). */
export type ErrorNotifier = (text: string) => void;

/** Why a failure can wait: what still works, or when it is tried again. */
export interface Quiet {
  why: string;
}

const notifiers: ErrorNotifier[] = [];

/** Routes told failures to `notify` while it is registered (the newest registration wins). */
export function onReportedError(notify: ErrorNotifier): () => void {
  notifiers.push(notify);
  return () => {
    const i = notifiers.lastIndexOf(notify);
    if (i >= 0) notifiers.splice(i, 1);
  };
}

/**
 * Reports a failure: `context` says what could not be done ("Could not look for unsaved
 * work from an earlier session"). With `quiet`, it is a console warning with the reason it
 * can wait; without, the user is told (or, with no notice area mounted yet, it is logged
 * as an error).
 */
export function reportError(context: string, error: unknown, quiet?: Quiet): void {
  const text = `${context}: ${messageOf(error)}`;
  if (quiet) {
    console.warn(`${text} (${quiet.why})`);
    return;
  }
  const notify = notifiers[notifiers.length - 1];
  if (notify) notify(text);
  else console.error(text);
}

/** A promise's failure goes to reportError; for fire-and-forget calls. */
export function reported(promise: Promise<unknown>, context: string, quiet?: Quiet): void {
  promise.then(undefined, (error: unknown) => reportError(context, error, quiet));
}
