import type { HostEvent, StudioApi } from '../../../../shared/ipc';
import { mergeDocuments, mergeNotice } from '../../../../shared/merge';
import type { McredDocument } from '../../../../shared/model';
import type { OpenMap } from '../files/openMap';
import { reported, reportError } from '../files/reportError';
import type { CollaborationStore } from './collaborationStore';
import { describeIncoming } from './messages';

/** What live sync needs from the window's file controller. */
export interface SyncHost {
  /** Runs `task` when no save (or other check) is under way, so a check never races a save. */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
  /** Tells the user: merges, and a file that became unreadable or vanished. */
  notify(tone: 'info' | 'error', text: string, details?: string[], withReview?: boolean): void;
  /** The map's source changed (its new base hash after merging someone's save). */
  sourceChanged(map: OpenMap): void;
}

/**
 * Keeps an open map in step with its shared file while it is open: the host watches the
 * file (and the page re-checks when the window regains focus, because watchers miss events
 * on network drives); when someone else has saved, their version is merged into ours field
 * by field. Local edits and the local undo history stay; the merge is not an undo step.
 */
export class LiveSync {
  private watched: string | null = null;
  private lastProblem = '';
  private disposed = false;

  constructor(
    private readonly api: StudioApi,
    private readonly map: OpenMap,
    private readonly collab: CollaborationStore,
    private readonly host: SyncHost,
  ) {}

  /**
   * Watches the map's file (after open, and again after Save As moved it). `again` renews
   * the watch on the same file, e.g. so the presence file carries a name the user just gave.
   */
  async follow(again = false): Promise<void> {
    const path = this.map.source.kind === 'file' ? this.map.source.path : null;
    if ((path === this.watched && !again) || this.disposed) return;
    this.watched = path;
    try {
      const result = await this.api.watchDocument({ path, sessionId: this.map.sessionId });
      if (!this.disposed && result.ok) this.collab.setOthers(result.others);
    } catch (error) {
      reportError('Could not watch the map’s file for others’ saves', error, { why: 'the page still checks when the window comes back to the front, and at each save' });
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.watched !== null) reported(this.api.watchDocument({ path: null, sessionId: this.map.sessionId }), 'Could not stop watching the closed map’s file', { why: 'the host drops the watch when the window closes' });
  }

  /** Host events about the watched file; true when the event was for us. */
  onHostEvent(event: HostEvent): boolean {
    if (event.type === 'file-changed' && event.path === this.watched) {
      reported(this.check(), 'Could not look for others’ saves', { why: 'the next change of the file or return to the window checks again' });
      return true;
    }
    if (event.type === 'presence' && event.path === this.watched) {
      this.collab.setOthers(event.others);
      return true;
    }
    return false;
  }

  /** Looks whether someone else saved the file and, if so, merges their version in. */
  check(): Promise<void> {
    return this.host.exclusive(async () => {
      const source = this.map.source;
      if (this.disposed || source.kind !== 'file') return;
      const result = await this.api.checkDocument({ path: source.path, baseHash: source.hash });
      // A save or another check replaced the source meanwhile: its own check follows.
      if (this.disposed || this.map.source !== source) return;
      switch (result.status) {
        case 'unchanged':
          this.lastProblem = '';
          return;
        case 'missing':
        case 'unreadable':
          if (result.message !== this.lastProblem) this.host.notify('error', result.message);
          this.lastProblem = result.message;
          return;
        case 'changed':
          this.lastProblem = '';
          this.takeIn(result.doc, result.hash);
      }
    });
  }

  private takeIn(theirs: McredDocument, hash: string): void {
    const { store } = this.map;
    const { doc: local, saved } = store.getState();
    const merge = mergeDocuments(local, theirs, { base: saved });
    // Nothing of ours is missing from their save: show theirs as it is, clean.
    const plain = !store.isDirty() && merge.changes.fromA.length === 0 && merge.conflicts.length === 0;
    const next = plain ? theirs : merge.doc;
    store.replaceFromRemote(next, theirs);
    const source = this.map.source;
    if (source.kind === 'file') this.map.source = { ...source, hash };
    this.host.sourceChanged(this.map);
    const incoming = merge.changes.fromB;
    this.collab.addConflicts(merge.conflicts, `${mergeNotice(incoming, merge.conflicts).who}'s save`, next);
    const message = describeIncoming(incoming, merge.conflicts);
    if (message) this.host.notify('info', message.text, message.details, merge.conflicts.length > 0);
  }
}
