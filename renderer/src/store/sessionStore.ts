/**
 * Session state: what is selected and where the view should go. Never saved, never undone.
 * Kept apart from the document store so that selecting never marks the map dirty.
 */
/** What the workspace's middle area shows: the map, or the coverage matrix over it. */
export type WorkspaceView = 'map' | 'matrix';

export interface SessionState {
  /** Selected entity and link ids. */
  selection: readonly string[];
  /** A request to bring a node into view (search, readiness findings); `seq` makes repeats fire. */
  focus?: { id: string; seq: number };
  /** Credential whose neighbourhood the canvas is limited to, if any. */
  focusCredential?: string;
  /** The map or the matrix; a request to bring a node into view shows the map. */
  view: WorkspaceView;
}

export class SessionStore {
  private state: SessionState = { selection: [], view: 'map' };
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

  /** Selects one node and asks the canvas to bring it into view (showing the map if the matrix was shown). */
  focusOn(id: string): void {
    this.set({ selection: [id], focus: { id, seq: ++this.seq }, view: 'map' });
  }

  showView(view: WorkspaceView): void {
    if (view !== this.state.view) this.set({ view });
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
