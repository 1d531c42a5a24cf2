export { DocumentStore, type DocumentState, type DispatchOptions } from './documentStore';
export { DocumentStoreContext, useDoc, useDocumentState, useDocumentStore, useEntity, useIsDirty, useLink } from './hooks';
export { SessionStore, type SessionState, type WorkspaceView } from './sessionStore';
export { SessionStoreContext, useSelection, useSession, useSessionStore } from './sessionHooks';
