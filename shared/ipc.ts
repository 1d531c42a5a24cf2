import { z } from 'zod';
import type { ActionId } from './actions';
import type { LoadProblem, Repair } from './format';
import type { ChangeSummary, Conflict } from './merge';
import type { McredDocument, Save } from './model';
import {
  AutosaveRequest,
  ExportDocumentRequest,
  Identity,
  OpenRequest,
  Path,
  PlaceRequest,
  Preferences,
  RememberedInstitution,
  SaveAsRequest,
  SaveRequest,
  SessionId,
  WatchRequest,
  WindowState,
} from './ipcRequests';

export * from './ipcRequests';

/**
 * The one contract between the renderer and whatever hosts it (Electron main via IPC, or
 * the local browser host via HTTP). Add a method to StudioCalls and its argument schema to
 * ARG_SCHEMAS; the compiler then points at every place that must implement it.
 */
export interface StudioCalls {
  /** What kind of host this is, so the page knows whether to show its own Open/Save As forms. */
  getHostInfo(): Promise<HostInfo>;
  /** The document this window holds: the file it was opened on, else the built-in example. */
  openInitialDocument(): Promise<OpenResult>;
  /** A new untitled map authored by the user, here (`replace`) or in a new window. */
  newDocument(request: PlaceRequest): Promise<OpenOutcome>;
  /** Without a path: the system's Open dialog (desktop only). With one: that file (dropped, typed). */
  openDocument(request: OpenRequest): Promise<OpenOutcome>;
  /** A file from the recent list; refused for paths not on it. */
  openRecent(request: OpenRequest & { path: string }): Promise<OpenOutcome>;
  /** Saves over the document's own file, merging when someone else saved it meanwhile. */
  saveDocument(request: SaveRequest): Promise<SaveResult>;
  /** Without a path: the system's Save dialog (desktop only). */
  saveDocumentAs(request: SaveAsRequest): Promise<SaveResult>;
  /** `.mcred` files and sub-folders of a folder, for the browser's own Open and Save As forms. */
  listFolder(request: { path?: string }): Promise<FolderListing>;
  /** Keeps a copy of unsaved work in the recovery folder (called only while the map is dirty). */
  autosave(request: AutosaveRequest): Promise<Outcome>;
  /** Unsaved work left by a session that ended without saving, for this file (or untitled maps: null). */
  listRecoverable(request: { path: string | null; sessionId: string }): Promise<RecoveryInfo[]>;
  /** Takes over a recovered copy: it becomes the autosave of session `adoptAs`. */
  restoreRecovery(request: { id: string; adoptAs: string }): Promise<RestoreResult>;
  discardRecovery(request: { id: string }): Promise<Outcome>;
  getIdentity(): Promise<Identity | null>;
  setIdentity(identity: Identity): Promise<Identity>;
  /** The institution remembered for the next New Map: name, country, credit unit, profiles. */
  getInstitution(): Promise<RememberedInstitution>;
  setInstitution(institution: RememberedInstitution): Promise<RememberedInstitution>;
  getPreferences(): Promise<Preferences>;
  setPreferences(patch: Partial<Preferences>): Promise<Preferences>;
  listRecentFiles(): Promise<RecentFile[]>;
  /** Title, dirty state and whether the window may be reused (the desktop asks before closing a dirty one). */
  setWindowState(state: WindowState): Promise<void>;
  /** The renderer's answer to a `save-and-close` event: close now, or stay open. */
  finishClose(request: { requestId: string; close: boolean }): Promise<void>;
  /** Hands a web link to the system browser; false when refused or when the host cannot (the browser host). */
  openExternal(request: { url: string }): Promise<boolean>;
  /**
   * Exports the document (Word, catalogue, OB3, CTDL, CASE, CSV) and writes it atomically.
   * Desktop: the system's Save dialog confirms the path. Browser: the page's form chose it.
   */
  exportDocument(request: ExportDocumentRequest): Promise<ExportDocumentResult>;
  /** Desktop: shows a file this window exported in the system's file manager. Browser: the folder to show. */
  showInFolder(request: { path: string }): Promise<ShowInFolderResult>;
  /** Long-poll for host events (menus, close requests): resolves when some arrive, or empty after a while. */
  pollEvents(request: { after: number }): Promise<EventBatch>;
  /**
   * Starts watching the window's file for others' saves (`file-changed` events) and keeps a
   * presence file beside it (`presence` events list who else has it open); `path: null`
   * stops both. One watch per window: a new path replaces the old one. Only files this
   * window opened or saved may be watched.
   */
  watchDocument(request: WatchRequest): Promise<WatchResult>;
  /** Reads the window's file when it no longer has `baseHash` (someone else saved it). */
  checkDocument(request: { path: string; baseHash: string }): Promise<CheckResult>;
  /**
   * Reads another copy of a map (a sync client's conflicted copy, an e-mailed file) to merge
   * into this one. Without a path: the system's Open dialog (desktop only). Grants no writing.
   */
  readDocumentCopy(request: { path?: string }): Promise<CopyResult>;
}

/** The renderer's view: every call, plus a subscription to host events (IPC push or long-poll). */
export interface StudioApi extends StudioCalls {
  onHostEvent(listener: (event: HostEvent) => void): () => void;
  /** The path of a file dropped on the window; only the desktop can tell, the browser hides it. */
  pathForFile(file: File): string | null;
}

export type StudioMethod = keyof StudioCalls;

export interface HostInfo {
  kind: 'desktop' | 'browser';
  /** Node's process.platform of the host, e.g. "darwin", for platform-conventional wording. */
  platform: string;
  /** Desktop: one window per map (New and Open make windows). Browser: the page holds one map. */
  multiWindow: boolean;
  /** Desktop shows the system's Open and Save dialogs; in the browser the page asks for a path. */
  nativeDialogs: boolean;
}

/** Where an open document came from. The example and new maps have no file until saved. */
export type DocumentSource =
  | { kind: 'example' }
  /** A new map, not yet saved anywhere. */
  | { kind: 'untitled' }
  | {
      kind: 'file';
      /** Absolute path on the host's file system; shown to the user, never opened by the renderer. */
      path: string;
      /** Hash of the bytes as loaded: the base that later saves compare against. */
      hash: string;
      /** The file cannot be written (permissions, read-only drive): Save As is the way out. */
      readOnly?: boolean;
    };

/**
 * A failure names the file that could not be opened (the example always opens). When every
 * problem can be mended, `repairs` says what "Repair and open" would change; a map opened
 * with `repair` lists what was changed in `repaired` and is unsaved until the user saves.
 */
export type OpenResult =
  | { ok: true; doc: McredDocument; source: DocumentSource; migratedFrom?: number; repaired?: Repair[] }
  | { ok: false; path: string; problems: LoadProblem[]; more?: number; repairs?: Repair[] };

/** `opened`: show it here. `elsewhere`: another window shows it. `cancelled`: the user backed out. */
export type OpenOutcome = { status: 'opened'; result: OpenResult } | { status: 'elsewhere' } | { status: 'cancelled' };

export type SaveProblemCode = 'cancelled' | 'changed-on-disk' | 'exists' | 'not-allowed' | 'invalid-document'
  | 'disk-full' | 'permission' | 'read-only' | 'not-found' | 'write-failed' | 'busy';

/** What a save merged in from someone else's save of the same file. */
export interface MergeReport {
  /** The merged document now on disk: the renderer shows it in place of its own. */
  doc: McredDocument;
  /** What arrived from the other copy. */
  changes: ChangeSummary[];
  conflicts: Conflict[];
}

/** `hash` is the new base; `saveRecord` was appended to `saves` when the content had changed. */
export type SaveResult =
  | { ok: true; path: string; hash: string; saveRecord?: Save; merged?: MergeReport }
  | { ok: false; code: SaveProblemCode; message: string };

export type Outcome = { ok: true } | { ok: false; message: string };

export interface RecoveryInfo {
  /** The session that wrote it ([a-z0-9], also the name of its files). */
  id: string;
  /** The map's file, or null for an untitled map or the example. */
  path: string | null;
  title: string;
  /** ISO date-time of the last autosave. */
  savedAt: string;
}

export type RestoreResult = { ok: true; doc: McredDocument; info: RecoveryInfo } | { ok: false; message: string };

/** `path`: the folder listed (absolute), or the one asked for when it could not be read. */
export interface FolderListing {
  ok: boolean;
  path: string;
  parent: string | null;
  folders: string[];
  files: { name: string; path: string; modified: string }[];
  message?: string;
}

export interface RecentFile { path: string; title: string; openedAt: string }

export type HostEvent =
  /** A native menu item: a declared action (`shared/actions.ts`) for the renderer's registry. */
  | { type: 'action'; id: ActionId }
  /** The user chose Save in the close prompt: save, then answer with finishClose. */
  | { type: 'save-and-close'; requestId: string }
  /** A catalogue export has built `done` of `total` credentials. */
  | { type: 'export-progress'; done: number; total: number }
  /** The watched file changed on disk (maybe our own save): the page calls checkDocument. */
  | { type: 'file-changed'; path: string }
  /** Who else has the watched file open changed. */
  | { type: 'presence'; path: string; others: PresenceInfo[] };

/** Someone else who has the same map open, from their presence file beside it. */
export interface PresenceInfo {
  /** Their window's session (also the presence file's name). */
  sessionId: string;
  personId: string;
  name: string;
  organisation?: string;
  /** The computer's name, so two windows of one person can be told apart. */
  machine: string;
  /** ISO date-time they opened the map. */
  since: string;
}

export type WatchResult = { ok: true; others: PresenceInfo[] } | { ok: false; message: string };

/**
 * `unchanged`: the file still has the base hash. `changed`: someone saved it; `doc` is
 * their version (validated) and `hash` its new base. `unreadable`: it changed into
 * something that cannot be read (never merged, never overwritten). `missing`: it is gone.
 */
export type CheckResult =
  | { status: 'unchanged' }
  | { status: 'changed'; doc: McredDocument; hash: string }
  | { status: 'unreadable'; message: string }
  | { status: 'missing'; message: string };

export type CopyResult =
  | { status: 'cancelled' }
  | { status: 'read'; path: string; doc: McredDocument }
  | { status: 'failed'; path: string; problems: LoadProblem[] };

export interface EventBatch {
  events: HostEvent[];
  /** Pass back as `after` to get only newer events. */
  cursor: number;
}


export type ExportDocumentResult =
  | { ok: true; path: string; bytes: number; notes: string[] }
  | { ok: false; code: string; message: string };

/** `folder`: the exported file's folder (the browser host shows it; the desktop opened it). */
export type ShowInFolderResult = { ok: true; folder: string; shown: boolean } | { ok: false; message: string };

/**
 * Argument schemas, one per method, as tuples of the method's parameters. Hosts validate
 * every incoming call with these: the renderer is treated as untrusted input (documents
 * included — a save is checked against the full McredDocument schema). The type makes the
 * table complete: a method without a schema does not compile.
 */
const ARG_SCHEMAS: { readonly [M in StudioMethod]: z.ZodType<Parameters<StudioCalls[M]>> } = {
  getHostInfo: z.tuple([]),
  openInitialDocument: z.tuple([]),
  newDocument: z.tuple([PlaceRequest]),
  openDocument: z.tuple([OpenRequest]),
  openRecent: z.tuple([OpenRequest.extend({ path: Path })]),
  saveDocument: z.tuple([SaveRequest]),
  saveDocumentAs: z.tuple([SaveAsRequest]),
  listFolder: z.tuple([z.strictObject({ path: Path.optional() })]),
  autosave: z.tuple([AutosaveRequest]),
  listRecoverable: z.tuple([z.strictObject({ path: Path.nullable(), sessionId: SessionId })]),
  restoreRecovery: z.tuple([z.strictObject({ id: SessionId, adoptAs: SessionId })]),
  discardRecovery: z.tuple([z.strictObject({ id: SessionId })]),
  getIdentity: z.tuple([]),
  setIdentity: z.tuple([Identity]),
  getInstitution: z.tuple([]),
  setInstitution: z.tuple([RememberedInstitution]),
  getPreferences: z.tuple([]),
  setPreferences: z.tuple([Preferences.partial()]),
  listRecentFiles: z.tuple([]),
  setWindowState: z.tuple([WindowState]),
  finishClose: z.tuple([z.strictObject({ requestId: z.string().regex(/^[a-z0-9-]{1,64}$/), close: z.boolean() })]),
  openExternal: z.tuple([z.strictObject({ url: z.string().max(2_048) })]),
  exportDocument: z.tuple([ExportDocumentRequest]),
  showInFolder: z.tuple([z.strictObject({ path: Path })]),
  pollEvents: z.tuple([z.strictObject({ after: z.number().int().min(0) })]),
  watchDocument: z.tuple([WatchRequest]),
  checkDocument: z.tuple([z.strictObject({ path: Path, baseHash: z.string().regex(/^[0-9a-f]{64}$/) })]),
  readDocumentCopy: z.tuple([z.strictObject({ path: Path.optional() })]),
};

export function studioArgSchemas(): typeof ARG_SCHEMAS {
  return ARG_SCHEMAS;
}

export const STUDIO_METHODS = Object.keys(ARG_SCHEMAS) as StudioMethod[];

export type StudioChannel<M extends StudioMethod> = `studio:${M}`;

/**
 * Channel names, one per method, derived from the method name so that no channel string is
 * ever written twice: main and the preload (which imports only the StudioChannel type, to
 * stay free of zod) both follow it.
 */
export const STUDIO_CHANNELS = Object.fromEntries(STUDIO_METHODS.map((m) => [m, `studio:${m}`])) as { readonly [M in StudioMethod]: StudioChannel<M> };

/** The one push channel (Electron): main → renderer HostEvents. */
export const STUDIO_EVENT_CHANNEL = 'studio:event';

/**
 * How the browser host carries StudioApi over HTTP: `POST <apiPrefix><method>` with the
 * argument tuple as a JSON body. The host writes a per-run token into a meta tag of the
 * page it serves and refuses API calls that do not send it back in the header.
 */
export const HTTP_TRANSPORT = {
  apiPrefix: '/api/',
  tokenMeta: 'studio-token',
  tokenHeader: 'x-studio-token',
} as const;

/** Own-property check, so that names such as `__proto__` or `toString` are never methods. */
export function isStudioMethod(name: string): name is StudioMethod {
  return Object.prototype.hasOwnProperty.call(ARG_SCHEMAS, name);
}

/** Why a host refused a call; the message is safe to show and names no internals. */
export interface CallRefusal {
  ok: false;
  reason: 'unknown-method' | 'invalid-arguments';
  message: string;
}

/**
 * Validates a raw call (method name and arguments as received over IPC or HTTP) and
 * dispatches it to an implementation. Both hosts use this so that the checks are identical.
 * The message names the first offending field (e.g. `doc.entities.sk_1.statement`), never a value.
 */
export function callStudioMethod(
  api: StudioCalls,
  method: string,
  rawArgs: unknown,
): { ok: true; result: Promise<unknown> } | CallRefusal {
  if (!isStudioMethod(method)) {
    return { ok: false, reason: 'unknown-method', message: `There is no method "${method.slice(0, 100)}".` };
  }
  const parsed = studioArgSchemas()[method].safeParse(rawArgs);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 1 ? ` (${issue.path.slice(1).map(String).join('.')}: ${issue.message})` : '';
    return { ok: false, reason: 'invalid-arguments', message: `The arguments for ${method} are not valid${where}.` };
  }
  // Safe widening: the arguments were just validated against this very method's schema.
  const fn = api[method] as (...args: unknown[]) => Promise<unknown>;
  return { ok: true, result: fn.apply(api, parsed.data) };
}
