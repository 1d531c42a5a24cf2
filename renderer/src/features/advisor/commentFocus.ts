import type { SessionStore } from '../../store';

/** A wish to bring a record's comments into view: from a node's marker, or the shortcut (`compose`). */
export interface CommentFocusRequest {
  target: string;
  /** Put the cursor in the "Add comment" box, not only scroll to the thread list. */
  compose: boolean;
  seq: number;
}

/**
 * Carries a request from where it is made (the canvas, the shortcut) to the inspector's
 * comment section, which may not be mounted yet: selecting a node first re-creates the
 * inspector's form. The section takes the request when it mounts or when one arrives; each
 * is taken once. Session state: never saved, never undone.
 */
export class CommentFocus {
  private current: CommentFocusRequest | undefined;
  private taken = 0;
  private seq = 0;
  private listeners = new Set<() => void>();

  request(target: string, compose: boolean): void {
    this.current = { target, compose, seq: ++this.seq };
    for (const l of this.listeners) l();
  }

  /** The pending request for `target`, once; undefined when there is none or it was taken. */
  take(target: string): CommentFocusRequest | undefined {
    const r = this.current;
    if (!r || r.target !== target || r.seq <= this.taken) return undefined;
    this.taken = r.seq;
    return r;
  }

  getSeq = (): number => this.seq;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

const perSession = new WeakMap<SessionStore, CommentFocus>();

/** The comment focus of a map's session. */
export function commentFocusOf(session: SessionStore): CommentFocus {
  let f = perSession.get(session);
  if (!f) {
    f = new CommentFocus();
    perSession.set(session, f);
  }
  return f;
}
