import type { DocumentSource, Identity, OpenResult, StudioApi } from '../../../../shared/ipc';
import type { CollaborationStore } from '../collaboration/collaborationStore';
import { LiveSync } from '../collaboration/liveSync';
import { followAuthor } from './authorStamp';
import { Autosaver } from './autosave';
import type { FileUiStore } from './fileUiStore';
import { reviewAction } from './messages';
import { openMap, type OpenMap } from './openMap';
import { reported, reportError } from './reportError';
import type { WindowTitle } from './windowTitle';

/** What a shown map is wired to. */
export interface MapSessionDeps {
  api: StudioApi;
  ui: FileUiStore;
  collab: CollaborationStore;
  title: WindowTitle;
  exclusive<T>(task: () => Promise<T>): Promise<T>;
  autosaveMs: number;
  /** The user as they are now (they may say who they are after the map opened). */
  identity(): Identity | null | undefined;
}

/**
 * One map shown in the window and what keeps it company while it is: autosave to the
 * recovery folder, live sync with its shared file, the author's stamp, the window title.
 * `dispose` undoes all of it.
 */
export class MapSession {
  readonly map: OpenMap;
  readonly autosaver: Autosaver;
  readonly sync: LiveSync;
  /** Unsaved work of an earlier session was restored into this map. */
  restored = false;
  private readonly stops: (() => void)[] = [];
  private disposed = false;

  constructor(
    private readonly deps: MapSessionDeps,
    opened: Extract<OpenResult, { ok: true }>,
  ) {
    const { api, ui, collab } = deps;
    this.map = openMap(opened.doc, opened.source, deps.identity() ?? null);
    this.autosaver = new Autosaver(api, this.map, deps.autosaveMs, (m) => ui.notify('error', m));
    collab.reset();
    this.sync = new LiveSync(api, this.map, collab, {
      exclusive: deps.exclusive,
      notify: (tone, text, details, withReview) => ui.notify(tone, text, details, withReview ? reviewAction(collab, collab.getState().reviews.length) : undefined),
      sourceChanged: () => this.sourceChanged(),
    });
    deps.title.reset();
  }

  /** Starts autosave, live sync, the author stamp and the title; then looks for recovery copies. */
  async start(): Promise<void> {
    const { store } = this.map;
    this.autosaver.start();
    this.stops.push(store.subscribe(() => this.showTitle()));
    this.stops.push(followAuthor(store, this.deps.identity));
    // follow reports its own failure to watch (reportError, with why it can wait).
    void this.sync.follow();
    this.showTitle();
    try {
      const recovery = await this.deps.api.listRecoverable({ path: this.path(), sessionId: this.map.sessionId });
      if (!this.disposed) this.deps.ui.set({ recovery });
    } catch (error) {
      // Unsaved work of a crashed session may be waiting: the user must hear that it could not be looked for.
      reportError('Could not look for unsaved work from an earlier session', error);
    }
  }

  /** An untouched example or new map: Open and New may reuse its window. */
  isReplaceable(): boolean {
    return this.map.source.kind !== 'file' && this.map.store.getState().version === 0 && !this.restored;
  }

  /** The map now has another source (saved somewhere, read-only, merged someone's save). */
  setSource(source: DocumentSource): void {
    this.map.source = source;
    this.sourceChanged();
  }

  showTitle(): void {
    this.deps.title.show(this.map, this.isReplaceable());
  }

  dispose(): void {
    this.disposed = true;
    this.autosaver.dispose();
    this.sync.dispose();
    for (const stop of this.stops.splice(0)) stop();
    // Replaced only when clean or after "Don't Save": its recovery copy is not wanted.
    reported(this.deps.api.discardRecovery({ id: this.map.sessionId }), 'Could not remove the recovery copy of the closed map', { why: 'it is offered once more the next time the map opens, and can be discarded then' });
  }

  private sourceChanged(): void {
    if (this.disposed) return;
    this.deps.ui.set({ source: this.map.source });
    this.showTitle();
  }

  private path(): string | null {
    return this.map.source.kind === 'file' ? this.map.source.path : null;
  }
}
