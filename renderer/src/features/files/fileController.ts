import type { ActionId } from '../../../../shared/actions';
import { DEFAULT_PREFERENCES, type OpenResult, type Preferences, type RememberedInstitution, type StudioApi } from '../../../../shared/ipc';
import { CollaborationStore } from '../collaboration/collaborationStore';
import type { FileContext } from './fileContext';
import type { FileUiState, Notice } from './fileState';
import { FileUiStore } from './fileUiStore';
import { HostEventRouter } from './hostEvents';
import { rememberInstitution, saveIdentity } from './identityFlow';
import { MapSession } from './mapSession';
import { mergeCopy } from './mergeCopyFlow';
import { describeRepair, messageOf, newerFormatNotice, repairedNotice } from './messages';
import { markUnsaved } from './openMap';
import { newMap, open, openDropped, offerRepair } from './openFlow';
import { discardRecovery, restoreRecovery } from './recoveryFlow';
import { onReportedError, reported } from './reportError';
import { confirmDiscard, save, saveAs } from './saveFlow';
import { TaskQueue } from './taskQueue';
import { WindowTitle } from './windowTitle';

/**
 * The file lifecycle of one window, outside React. A thin composition: the UI state
 * (`FileUiStore`), the map shown now (`MapSession`: autosave, live sync, author stamp,
 * title) and one flow per job — open (`openFlow`), save (`saveFlow`), merge a copy,
 * recovery, identity, host events. It talks to the host only through StudioApi.
 */
export class FileController implements FileContext {
  readonly ui = new FileUiStore();
  /** Who else is in the map and which merge decisions await review (reset per map). */
  readonly collab = new CollaborationStore();
  private readonly queue = new TaskQueue();
  private readonly title: WindowTitle;
  private readonly events: HostEventRouter;
  private session: MapSession | undefined;
  private prefs: Preferences = DEFAULT_PREFERENCES;
  private stops: (() => void)[] = [];
  /** Bumped by dispose: a start that finishes after it must not show anything. */
  private generation = 0;

  /** `setPageTitle` sets `document.title` (passed in, so the controller runs without a page in tests). */
  constructor(
    readonly api: StudioApi,
    setPageTitle: (title: string) => void,
  ) {
    this.title = new WindowTitle(api, setPageTitle);
    this.events = new HostEventRouter(this);
  }

  getState = (): FileUiState => this.ui.getState();
  subscribe = (listener: () => void): (() => void) => this.ui.subscribe(listener);

  current(): MapSession | undefined {
    return this.session;
  }

  exclusive<T>(task: () => Promise<T>): Promise<T> {
    return this.queue.run(task);
  }

  preferences(): Preferences {
    return this.prefs;
  }

  async start(): Promise<void> {
    const generation = ++this.generation;
    this.stopAll();
    this.stops.push(this.api.onHostEvent((event) => this.events.route(event)));
    this.stops.push(onReportedError((text) => this.ui.notify('error', text)));
    try {
      const [host, identity, prefs, initial] = await Promise.all([this.api.getHostInfo(), this.api.getIdentity(), this.api.getPreferences(), this.api.openInitialDocument()]);
      if (generation !== this.generation) return;
      this.prefs = prefs;
      this.ui.set({ host, identity });
      await this.show(initial);
    } catch (error) {
      if (generation === this.generation) this.ui.set({ status: 'host-error', error: messageOf(error) });
    }
  }

  dispose(): void {
    this.generation++;
    this.stopAll();
    this.closeMap();
    this.ui.dispose();
  }

  /** Shows an opened map (with its autosave, live sync and title), or why the file failed. */
  async show(result: OpenResult): Promise<void> {
    this.closeMap();
    if (!result.ok) {
      this.ui.set({ status: 'problems', problems: { path: result.path, problems: result.problems, more: result.more }, map: undefined, source: undefined, recovery: [] });
      this.title.clear();
      reported(offerRepair(this, result), 'Could not offer to repair the file');
      return;
    }
    const session = new MapSession({ api: this.api, ui: this.ui, collab: this.collab, title: this.title, exclusive: (task) => this.exclusive(task), autosaveMs: this.prefs.autosaveSeconds * 1000, identity: () => this.ui.getState().identity }, result);
    this.session = session;
    const { map } = session;
    this.ui.set({ status: 'open', map, source: map.source, problems: undefined, recovery: [] });
    if (result.migratedFrom) this.ui.notify('info', 'This map was made by an older version of the app; it will be saved in the current format.');
    if (result.doc.carried) this.ui.notify('info', newerFormatNotice(result.doc.carried));
    if (result.repaired) {
      markUnsaved(map.store);
      this.ui.notify('success', repairedNotice(map.source, result.repaired.length), result.repaired.map(describeRepair));
    }
    await session.start();
  }

  // The views' calls, each handed to the flow that does it.
  newMap = (): Promise<void> => newMap(this);
  open = (): Promise<void> => open(this);
  openDropped = (path: string | null): Promise<void> => openDropped(this, path);
  save = (): Promise<boolean> => save(this);
  saveAs = (): Promise<boolean> => saveAs(this);
  confirmDiscard = (): Promise<boolean> => confirmDiscard(this);
  mergeCopy = (): Promise<void> => mergeCopy(this);
  restoreRecovery = (id: string): Promise<void> => restoreRecovery(this, id);
  discardRecovery = (id: string): Promise<void> => discardRecovery(this, id);
  saveIdentity = (name: string, organisation: string, country = ''): Promise<void> => saveIdentity(this, name, organisation, country);
  rememberInstitution = (institution: RememberedInstitution): Promise<void> => rememberInstitution(this, institution);

  deferIdentity(): void {
    this.ui.set({ identityDeferred: true });
  }

  notify(tone: Notice['tone'], text: string, details?: string[], action?: Notice['action']): void {
    this.ui.notify(tone, text, details, action);
  }

  dismissNotice(): void {
    this.ui.dismissNotice();
  }

  /** Looks whether someone else saved the map's file (on window focus: watchers miss events on network drives). */
  checkShared(): void {
    const session = this.session;
    if (session) reported(session.sync.check(), 'Could not look for others’ saves', { why: 'the next return to the window, or change of the file, checks again' });
  }

  /** The view's way to run native menu items; returns the undo of the registration. */
  setMenuActionHandler(handler: (id: ActionId) => void): () => void {
    return this.events.setMenuActionHandler(handler);
  }

  isDirty(): boolean {
    return !!this.session?.map.store.isDirty();
  }

  private closeMap(): void {
    this.session?.dispose();
    this.session = undefined;
  }

  private stopAll(): void {
    for (const stop of this.stops.splice(0)) stop();
  }
}
