/**
 * Session state: what is selected and where the view should go. Never saved, never undone.
 * Kept apart from the document store so that selecting never marks the map dirty.
 */
export interface SessionState {
  /** Selected entity and link ids. */
  selection: readonly string[];
  /** A request to bring a node into view (search, readiness findings); `seq` makes repeats fire. */
  focus?: { id: string; seq: number };
  /** Credential whose neighbourhood the canvas is limited to, if any. */
  focusCredential?: string;
}

export class SessionStore {
  private state: SessionState = { selection: [] };
  private listeners = new Set<() => void>();
  private seq = 0;

  getState = (): SessionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  select(ids: readonly string[]): void {
    if (ids.length === this.state.selection.length && ids.every((id, i) => id === this.state.selection[i])) return;
    this.set({ selection: ids });
  }

  /** Selects one node and asks the canvas to bring it into view. */
  focusOn(id: string): void {
    this.set({ selection: [id], focus: { id, seq: ++this.seq } });
  }

  setFocusCredential(id: string | undefined): void {
    this.set({ focusCredential: id });
  }

  /** Drops ids that no longer exist (after a delete, an undo or a merge). */
  prune(exists: (id: string) => boolean): void {
    const kept = this.state.selection.filter(exists);
    if (kept.length !== this.state.selection.length) this.set({ selection: kept });
    if (this.state.focusCredential && !exists(this.state.focusCredential)) this.set({ focusCredential: undefined });
  }

  private set(patch: Partial<SessionState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }
}
