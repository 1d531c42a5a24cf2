import { createContext, useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import type { Identity } from '../../../../shared/ipc';
import type { McredDocument } from '../../../../shared/model';
import { useDocumentStore, useSessionStore } from '../../store';
import { FileControllerContext } from '../files/FileControllerContext';
import { secureRandom } from '../files/randomIds';
import { useDerived } from '../inspector/hooks/useDerived';
import { commentFocusOf, type CommentFocus } from './commentFocus';
import { runAsUser } from './edits';
import { markSourceOf, NO_MARKS, type MarkSource } from './markSource';
import { commentCall, deleteCommentCall, endorseCall, LABELS, resolveCall, withdrawCall, type Built, type Env } from './model/calls';
import type { NodeMarks } from './model/marks';
import { threadsOn, type ThreadView } from './model/threads';

const noController = { subscribe: () => () => {}, getState: () => undefined };

/**
 * Who the user is: undefined while the host answers, null when they have not said.
 * Read without requiring a file session, so the advisor parts also render in isolation.
 */
export function useIdentity(): Identity | null | undefined {
  const controller = useContext(FileControllerContext);
  const source = controller ?? noController;
  const state = useSyncExternalStore(source.subscribe, source.getState, source.getState);
  return state?.identity;
}

/** Saves the user's name and organisation (the identity prompt's job, offered again inline). */
export function useSaveIdentity(): ((name: string, organisation: string) => Promise<void>) | undefined {
  const controller = useContext(FileControllerContext);
  return controller ? (name, organisation) => controller.saveIdentity(name, organisation) : undefined;
}

/** The comment threads on one record, kept identical while unchanged. */
export function useThreads(target: string, me: string | undefined): ThreadView[] {
  return useDerived(useCallback((d: McredDocument) => threadsOn(d, target, me), [target, me]));
}

/** What the advisor forms do to the document, as the user; each returns a message when it cannot. */
export interface AdvisorEdits {
  comment(target: string, body: string, replyTo?: string): string | undefined;
  resolve(rootId: string, resolved: boolean): string | undefined;
  deleteComment(id: string): string | undefined;
  endorse(target: string, note: string): string | undefined;
  withdraw(endorsementId: string): string | undefined;
}

const env = (): Env => ({ now: new Date(), random: secureRandom });

/** The advisor edits for the current user; undefined until they have said who they are. */
export function useAdvisorEdits(identity: Identity | null | undefined): AdvisorEdits | undefined {
  const store = useDocumentStore();
  return useMemo(() => {
    if (!identity) return undefined;
    const run = (built: Built, label: string) => (built.ok ? runAsUser(store, identity, built.call, label) : built.message);
    const me = identity.personId;
    return {
      comment: (target, body, replyTo) => run(commentCall({ target, author: me, body, ...(replyTo ? { replyTo } : {}) }, env()), replyTo ? LABELS.reply : LABELS.comment),
      resolve: (rootId, resolved) => runAsUser(store, identity, resolveCall(rootId, resolved), resolved ? LABELS.resolve : LABELS.reopen),
      deleteComment: (id) => runAsUser(store, identity, deleteCommentCall(id), LABELS.delete),
      endorse: (target, note) => run(endorseCall({ target, person: me, note }, env()), LABELS.endorse),
      withdraw: (id) => runAsUser(store, identity, withdrawCall(id), LABELS.withdraw),
    };
  }, [store, identity]);
}

export const MarkSourceContext = createContext<MarkSource>(NO_MARKS);

/** The advisor marks source of the open map, to provide as `MarkSourceContext` around the canvas. */
export function useMarkSource(): MarkSource {
  const store = useDocumentStore();
  return useMemo(() => markSourceOf(store), [store]);
}

/** One node's marks; re-renders only when that node's marks change. */
export function useNodeMarks(id: string): NodeMarks | undefined {
  const source = useContext(MarkSourceContext);
  const get = () => source.get(id);
  return useSyncExternalStore(source.subscribe, get, get);
}

export function useCommentFocus(): CommentFocus {
  const session = useSessionStore();
  return useMemo(() => commentFocusOf(session), [session]);
}
