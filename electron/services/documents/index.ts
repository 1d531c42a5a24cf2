/**
 * Documents on disk: the load pipeline and atomic saves (fileIO, atomicWrite), the
 * editing session built on them (open with read-only detection, save with merge of
 * others' saves, save as, new maps), and life in a shared folder (watching a map for
 * others' saves, presence files saying who else has it open, lock and temp files to
 * ignore). Plain Node: no electron import, so it is unit-tested directly and shared by
 * Electron main, the browser host and the CLI.
 */
export {
  IN_WORKER,
  hashBytes,
  loadDocumentFile,
  repairDocumentFile,
  saveDocumentFile,
  type FileLoadResult,
  type FileRepairResult,
  type LoadOptions,
  type SaveProblemCode,
  type SaveResult,
} from './fileIO';
export { LOAD_TIME_LIMIT_MS, OFF_THREAD_BYTES, keepLoadWorkerReady, loadWorkerState, parseOffThread, stopLoadWorkers } from './offThread';
export { writeFileAtomic, WriteError, type WriteErrorCode } from './atomicWrite';
export { processIsAlive } from './processAlive';
export { LOCK_STALE_MS, LOCK_WAIT_MS, lockPathFor, withSaveLock, type LockedResult, type SaveLockOptions } from './saveLock';
export { isWritableFile, type WritableProbe } from './writable';
export {
  MAP_EXTENSION,
  newMapDocument,
  newUntitledDocument,
  openDocumentAt,
  saveDocumentAs,
  saveOpenDocument,
  withMapExtension,
  withSaveRecord,
  type SaveAsRequest,
  type SaveToFileRequest,
} from './session';
export { isTransientFile } from './ignoredFiles';
export { DEFAULT_POLL_MS, watchFile, type FileWatcher, type FileWatcherOptions } from './watch';
export {
  DEFAULT_REFRESH_MS,
  DEFAULT_STALE_MS,
  PRESENCE_APP,
  listOthers,
  presenceFilePath,
  presenceSessionOf,
  startPresence,
  type ListOptions,
  type PresenceIdentity,
  type PresenceOptions,
  type PresenceSession,
  type PresenceWriter,
} from './presence';
