import { DEFAULT_PREFERENCES, type CopyResult, type HostEvent, type OpenOutcome, type OpenResult, type Preferences, type RememberedInstitution, type SaveResult, type StudioApi } from '../../../../shared/ipc';
import { mergeDocuments } from '../../../../shared/merge';
import { makeId, type McredDocument, type Save } from '../../../../shared/model';
import { CollaborationStore } from '../collaboration/collaborationStore';
import { LiveSync } from '../collaboration/liveSync';
import { Autosaver } from './autosave';
import { FileUiStore } from './fileUiStore';
import { describeMerge, describeMergedCopy, describeRepair, formatTime, messageOf, repairedNotice } from './messages';
import { applySaved, ensureAuthor, markUnsaved, openMap, type OpenMap } from './openMap';
import { makePersonId, secureRandom } from './randomIds';

/**
 * The file lifecycle of one window, outside React: open, new, save, save as, the
 * unsaved-changes question, recovery and identity. It talks to the host only through
 * StudioApi and publishes one immutable FileUiState for the views.
 */
export class FileController extends FileUiStore {
  private map: OpenMap | undefined;
  private autosaver: Autosaver | undefined;
  private detachMap: (() => void) | undefined;
  private detachHost: (() => void) | undefined;
  private prefs: Preferences = DEFAULT_PREFERENCES;
  private restored = false;
  private lastWindowState = '';
  /** Bumped by dispose: a start that finishes after it must not show anything. */
  private generation = 0;
  /** Runs a menu action in the page's actions registry (set by the view). */
  private onMenuAction: (id: string) => void = () => undefined;
  private sync: LiveSync | undefined;
  /** Saves and checks for others' saves run one at a time, in order. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Who else is in the map and which merge decisions await review (reset per map). */
  readonly collab = new CollaborationStore();

  constructor(readonly api: StudioApi) {
    super();
  }

  /** Looks whether someone else saved the map's file (on window focus: watchers miss events on network drives). */
  checkShared(): void {
    void this.sync?.check().catch(() => undefined);
  }

  /**
   * File ▸ Merge another copy…: reads a copy of the map (a sync client's conflicted copy,
   * an e-mailed file) and merges it into the open map as one undoable step. Conflicts go to
   * the review panel; nothing is saved until the user saves.
   */
  async mergeCopy(): Promise<void> {
    const map = this.map;
    if (!map) return;
    await this.guard(async () => {
      let outcome: CopyResult;
      if (this.state.host?.nativeDialogs) outcome = await this.api.readDocumentCopy({});
      else {
        const choice = await this.askPath('mergeCopy');
        if (!choice) return;
        outcome = await this.api.readDocumentCopy({ path: choice.path });
      }
      if (outcome.status === 'cancelled' || this.map !== map) return;
      if (outcome.status === 'failed') return this.showProblems(outcome.path, outcome.problems);
      const name = outcome.path.split(/[\\/]/).pop() ?? outcome.path;
      const local = map.store.getState().doc;
      if (outcome.doc.id !== local.id) {
        const answer = await this.askChoice(`“${name}” is a different map`, `“${outcome.doc.settings.title}” is not a copy of “${local.settings.title}”. Merging it adds all of its records to this map.`, [
          { id: 'merge', label: 'Merge Anyway' },
          { id: 'cancel', label: 'Cancel', tone: 'primary' },
        ]);
        if (answer !== 'merge' || this.map !== map) return;
      }
      const merge = mergeDocuments(map.store.getState().doc, outcome.doc);
      if (!map.store.applyMerged(merge.doc, `Merge “${name}”`)) {
        this.notify('info', `“${name}” has nothing this map does not already have.`);
        return;
      }
      const doc = map.store.getState().doc;
      this.collab.addConflicts(merge.conflicts, `the copy “${name}”`, doc);
      const { text, details } = describeMergedCopy(name, merge.changes.fromB, merge.conflicts);
      this.notify('success', text, details, this.reviewAction(merge.conflicts.length));
    });
  }

  private reviewAction(conflicts: number): { label: string; run(): void } | undefined {
    return conflicts > 0 ? { label: conflicts === 1 ? 'Review conflict' : `Review ${conflicts} conflicts`, run: () => this.collab.setPanelOpen(true) } : undefined;
  }

  /** Runs `task` after every earlier save or check has finished. */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  async start(): Promise<void> {
    const generation = ++this.generation;
    this.detachHost?.();
    this.detachHost = this.api.onHostEvent((event) => this.onHostEvent(event));
    try {
      const [host, identity, prefs, initial] = await Promise.all([
        this.api.getHostInfo(),
        this.api.getIdentity(),
        this.api.getPreferences(),
        this.api.openInitialDocument(),
      ]);
      if (generation !== this.generation) return;
      this.prefs = prefs;
      this.set({ host, identity });
      await this.show(initial);
    } catch (error) {
      if (generation === this.generation) this.set({ status: 'host-error', error: messageOf(error) });
    }
  }

  dispose(): void {
    this.generation++;
    this.detachHost?.();
    this.detachHost = undefined;
    this.closeMap();
    this.disposeUi();
  }

  /** The view's way to run native menu items; returns the undo of the registration. */
  setMenuActionHandler(handler: (id: string) => void): () => void {
    this.onMenuAction = handler;
    return () => {
      if (this.onMenuAction === handler) this.onMenuAction = () => undefined;
    };
  }

  isDirty(): boolean {
    return !!this.map?.store.isDirty();
  }

  /** An untouched example or new map: Open and New may reuse its window. */
  isReplaceable(): boolean {
    const map = this.map;
    if (!map) return true;
    return map.source.kind !== 'file' && map.store.getState().version === 0 && !this.restored;
  }

  async newMap(): Promise<void> {
    await this.guard(async () => {
      const multi = !!this.state.host?.multiWindow;
      if (!multi && !(await this.confirmDiscard())) return;
      await this.place(await this.api.newDocument({ replace: multi ? this.isReplaceable() : true }));
    });
  }

  async open(): Promise<void> {
    await this.guard(async () => {
      if (this.state.host?.nativeDialogs) return this.place(await this.api.openDocument({ replace: this.isReplaceable() }));
      const choice = await this.askPath('open');
      if (!choice || !(await this.confirmDiscard())) return;
      const request = { path: choice.path, replace: true };
      await this.place(await (choice.recent ? this.api.openRecent(request) : this.api.openDocument(request)));
    });
  }

  /** A file dropped on the window: the desktop tells us where it is; a browser does not. */
  async openDropped(path: string | null): Promise<void> {
    if (path === null) {
      this.notify('info', 'The browser does not tell the page where a dropped file is. Use Open… and type or pick its path.');
      return;
    }
    await this.guard(async () => {
      const multi = !!this.state.host?.multiWindow;
      if (!multi && !(await this.confirmDiscard())) return;
      await this.place(await this.api.openDocument({ path, replace: multi ? this.isReplaceable() : true }));
    });
  }

  /** Saves over the map's own file; maps without one (or read-only ones) go to Save As. */
  async save(): Promise<boolean> {
    const map = this.map;
    if (!map) return false;
    const source = map.source;
    if (source.kind !== 'file' || source.readOnly) return this.saveAs();
    return this.busy('Saving…', () =>
      this.exclusive(async () => {
        // A check that ran just before may have merged someone's save and moved the base.
        const current = map.source.kind === 'file' ? map.source : source;
        const { doc } = map.store.getState();
        const result = await this.api.saveDocument({ doc, path: current.path, baseHash: current.hash, save: this.saveRecord(map), sessionId: map.sessionId });
        return this.afterSave(map, doc, result);
      }),
    );
  }

  async saveAs(): Promise<boolean> {
    const map = this.map;
    if (!map) return false;
    const { doc } = map.store.getState();
    const save = this.saveRecord(map);
    if (this.state.host?.nativeDialogs) {
      return this.busy('Saving…', () => this.exclusive(async () => this.afterSave(map, doc, await this.api.saveDocumentAs({ doc, save, sessionId: map.sessionId }), true)));
    }
    const choice = await this.askPath('saveAs', `${doc.settings.title}.mcred`);
    if (!choice) return false;
    return this.busy('Saving…', () => this.exclusive(async () => {
      const request = { doc, path: choice.path, save, sessionId: map.sessionId };
      let result = await this.api.saveDocumentAs({ ...request, overwrite: false });
      if (!result.ok && result.code === 'exists') {
        const answer = await this.askChoice('Replace the existing file?', result.message, [
          { id: 'replace', label: 'Replace', tone: 'danger' },
          { id: 'cancel', label: 'Cancel' },
        ]);
        if (answer !== 'replace') return false;
        result = await this.api.saveDocumentAs({ ...request, overwrite: true });
      }
      return this.afterSave(map, doc, result, true);
    }));
  }

  async restoreRecovery(id: string): Promise<void> {
    const map = this.map;
    if (!map) return;
    await this.guard(async () => {
      const result = await this.api.restoreRecovery({ id, adoptAs: map.sessionId });
      this.set({ recovery: this.state.recovery.filter((r) => r.id !== id) });
      if (!result.ok) return this.notify('error', result.message);
      const { saved } = map.store.getState();
      // Someone may have saved the file since the crash: merge, so their work is kept too.
      const doc = map.source.kind === 'file' ? mergeDocuments(result.doc, saved).doc : result.doc;
      if (map.source.kind === 'example') map.source = { kind: 'untitled' };
      this.restored = true;
      this.autosaver?.markWritten();
      map.store.replaceFromRemote(doc, saved);
      this.set({ source: map.source, recovery: [] });
      this.notify('success', `Restored your unsaved changes from ${formatTime(result.info.savedAt)}. Save to keep them.`);
    });
  }

  async discardRecovery(id: string): Promise<void> {
    await this.guard(async () => {
      await this.api.discardRecovery({ id });
      this.set({ recovery: this.state.recovery.filter((r) => r.id !== id) });
    });
  }

  async saveIdentity(name: string, organisation: string, country = ''): Promise<void> {
    const org = organisation.trim();
    const place = country.trim();
    // The first-run form also says where new maps are made: their credit system and profiles follow the country.
    if (org || place) await this.rememberInstitution({ ...(org ? { institution: org } : {}), ...(place ? { country: place } : {}) });
    const identity = await this.api.setIdentity({ personId: this.state.identity?.personId ?? makePersonId(), name: name.trim(), ...(org ? { organisation: org } : {}) });
    this.set({ identity });
    if (this.map) {
      this.map.store.setAuthor(identity.personId);
      ensureAuthor(this.map.store, identity);
      // Co-editors should see the name, not "Unknown author".
      void this.sync?.follow(true);
    }
  }

  /** Remembers the institution (and its credit unit and profiles) for the next New Map. */
  async rememberInstitution(institution: RememberedInstitution): Promise<void> {
    await this.api.setInstitution(institution);
  }

  deferIdentity(): void {
    this.set({ identityDeferred: true });
  }

  /** Asks whether to save a dirty map before it is replaced. True: go ahead. */
  async confirmDiscard(): Promise<boolean> {
    const map = this.map;
    if (!map || !map.store.isDirty()) return true;
    const title = map.store.getState().doc.settings.title;
    const answer = await this.askChoice(`Save changes to “${title}”?`, `Do you want to save the changes you made to “${title}”?`, [
      { id: 'save', label: 'Save', tone: 'primary' },
      { id: 'discard', label: "Don't Save", tone: 'danger' },
      { id: 'cancel', label: 'Cancel' },
    ], "Your changes will be lost if you don't save them.");
    if (answer === 'save') return this.save();
    return answer === 'discard';
  }

  private async place(outcome: OpenOutcome): Promise<void> {
    if (outcome.status !== 'opened') return;
    const { result } = outcome;
    if (!result.ok && this.map) {
      if (!(await this.offerRepair(result))) await this.showProblems(result.path, result.problems, result.more);
      return;
    }
    await this.show(result);
  }

  /** Offers "Repair and Open" for a damaged file that can be mended; false when it cannot be. */
  private async offerRepair(failed: Extract<OpenResult, { ok: false }>): Promise<boolean> {
    const { repairs } = failed;
    if (!repairs) return false;
    if (await this.askRepair({ ...failed, repairs })) await this.place(await this.api.openDocument({ path: failed.path, replace: true, repair: true }));
    return true;
  }

  private async show(result: OpenResult): Promise<void> {
    this.closeMap();
    this.restored = false;
    if (!result.ok) {
      this.set({ status: 'problems', problems: { path: result.path, problems: result.problems, more: result.more }, map: undefined, source: undefined, recovery: [] });
      document.title = 'Micro-Credential Studio';
      // A window that only shows why a file failed may be reused by the next Open.
      void this.api.setWindowState({ title: '', dirty: false, replaceable: true, path: null }).catch(() => undefined);
      void this.offerRepair(result).catch((error: unknown) => this.notify('error', messageOf(error)));
      return;
    }
    const identity = this.state.identity ?? null;
    const map = openMap(result.doc, result.source, identity);
    this.map = map;
    this.autosaver = new Autosaver(this.api, map, this.prefs.autosaveSeconds * 1000, (m) => this.notify('error', m));
    this.autosaver.start();
    this.detachMap = map.store.subscribe(() => this.docChanged(map));
    this.collab.reset();
    this.sync = new LiveSync(this.api, map, this.collab, {
      exclusive: (task) => this.exclusive(task),
      notify: (tone, text, details, withReview) => this.notify(tone, text, details, withReview ? this.reviewAction(this.collab.getState().reviews.length) : undefined),
      sourceChanged: (m) => {
        if (this.map === m) this.set({ source: m.source });
        this.docChanged(m);
      },
    });
    void this.sync.follow();
    this.lastWindowState = '';
    this.set({ status: 'open', map, source: map.source, problems: undefined, recovery: [] });
    if (result.migratedFrom) this.notify('info', 'This map was made by an older version of the app; it will be saved in the current format.');
    if (result.repaired) {
      markUnsaved(map.store);
      this.notify('success', repairedNotice(map.source, result.repaired.length), result.repaired.map(describeRepair));
    }
    this.docChanged(map);
    const recovery = await this.api.listRecoverable({ path: map.source.kind === 'file' ? map.source.path : null, sessionId: map.sessionId }).catch(() => []);
    if (this.map === map) this.set({ recovery });
  }

  private closeMap(): void {
    const old = this.map;
    this.autosaver?.dispose();
    this.detachMap?.();
    this.sync?.dispose();
    this.map = this.autosaver = this.detachMap = this.sync = undefined;
    // Replaced only when clean or after "Don't Save": its recovery copy is not wanted.
    if (old) void this.api.discardRecovery({ id: old.sessionId }).catch(() => undefined);
  }

  private docChanged(map: OpenMap): void {
    const identity = this.state.identity;
    if (identity) ensureAuthor(map.store, identity);
    const { doc } = map.store.getState();
    const dirty = map.store.isDirty();
    document.title = `${dirty ? '• ' : ''}${doc.settings.title} — Micro-Credential Studio`;
    const windowState = { title: doc.settings.title, dirty, replaceable: this.isReplaceable(), path: map.source.kind === 'file' ? map.source.path : null };
    const key = JSON.stringify(windowState);
    if (key === this.lastWindowState) return;
    this.lastWindowState = key;
    void this.api.setWindowState(windowState).catch(() => undefined);
  }

  private saveRecord(map: OpenMap): Save | undefined {
    return map.store.isDirty() ? { id: makeId('save', secureRandom), stamp: map.store.nextStamp() } : undefined;
  }

  private afterSave(map: OpenMap, sent: McredDocument, result: SaveResult, savedAs = false): boolean {
    if (!result.ok) {
      if (result.code === 'cancelled') return false;
      if ((result.code === 'permission' || result.code === 'read-only') && map.source.kind === 'file') {
        map.source = { ...map.source, readOnly: true };
        this.set({ source: map.source });
      }
      // Another save holds the file's lock: the edits stay unsaved here, and saving again later retries.
      this.notify('error', result.message, undefined, result.code === 'busy' ? { label: 'Save again', run: () => void this.save() } : undefined);
      return false;
    }
    applySaved(map.store, sent, result.saveRecord, result.merged?.doc);
    map.source = { kind: 'file', path: result.path, hash: result.hash };
    this.set({ source: map.source });
    this.docChanged(map);
    if (this.map === map) void this.sync?.follow();
    if (result.merged) {
      this.collab.addConflicts(result.merged.conflicts, `${describeMerge(result.merged).who}'s save`, map.store.getState().doc);
      const { text, details } = describeMerge(result.merged);
      this.notify('info', text, details, this.reviewAction(result.merged.conflicts.length));
    } else if (savedAs) this.notify('success', `Saved as ${result.path}`);
    return true;
  }

  private onHostEvent(event: HostEvent): void {
    if (event.type === 'action') return this.onMenuAction(event.id);
    if (this.sync?.onHostEvent(event)) return;
    if (event.type === 'save-and-close') {
      void this.save().then((close) => this.api.finishClose({ requestId: event.requestId, close }));
    }
  }
}
