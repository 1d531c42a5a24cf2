import type { SessionStore } from './sessionStore';

/** One wish to bring something of a record into view; `seq` makes repeats fire. */
export type FocusRequest<T> = T & { target: string; seq: number };

/**
 * Carries a request from where it is made (the canvas, a shortcut) to an inspector section,
 * which may not be mounted yet: selecting a node first re-creates the inspector's form. The
 * section takes the request when it mounts or when one arrives; each is taken once. Session
 * state: never saved, never undone.
 */
export class FocusRequests<T extends object> {
  private current: FocusRequest<T> | undefined;
  private taken = 0;
  private seq = 0;
  private listeners = new Set<() => void>();

  request(target: string, detail: T): void {
    this.current = { ...detail, target, seq: ++this.seq };
    for (const l of this.listeners) l();
  }

  /** The pending request for `target`, once; undefined when there is none or it was taken. */
  take(target: string): FocusRequest<T> | undefined {
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

/** One instance of `make()` per map session, made on first use. */
export function perSession<V extends object>(make: () => V): (session: SessionStore) => V {
  const made = new WeakMap<SessionStore, V>();
  return (session) => {
    let v = made.get(session);
    if (!v) made.set(session, (v = make()));
    return v;
  };
}
