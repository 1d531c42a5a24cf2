/**
 * Documents on disk: the load pipeline and atomic saves (fileIO, atomicWrite), and the
 * editing session built on them (open with read-only detection, save with merge of
 * others' saves, save as, new maps). Plain Node: no electron import, so it is unit-tested
 * directly and shared by Electron main, the browser host and the CLI.
 */
export { hashBytes, loadDocumentFile, saveDocumentFile, type FileLoadResult, type SaveProblemCode, type SaveResult } from './fileIO';
export { writeFileAtomic, WriteError, type WriteErrorCode } from './atomicWrite';
export { isWritableFile, type WritableProbe } from './writable';
export {
  MAP_EXTENSION,
  newUntitledDocument,
  openDocumentAt,
  saveDocumentAs,
  saveOpenDocument,
  withMapExtension,
  withSaveRecord,
  type SaveAsRequest,
  type SaveToFileRequest,
} from './session';
