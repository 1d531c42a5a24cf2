import { useCallback } from 'react';
import type { CommandCall } from '../../../../shared/commands';
import type { Identity } from '../../../../shared/ipc';
import { useDocumentStore } from '../../store';
import { runAsUser } from '../advisor/edits';
import { useIdentity, useSaveIdentity } from '../advisor/hooks';

/** A command ready to run, or why it cannot be built (an empty name, say). */
export type Built = { ok: true; call: CommandCall } | { ok: false; message: string };

export interface UserCommand {
  /** Who the user is: undefined while the host answers, null when they have not said. */
  identity: Identity | null | undefined;
  saveIdentity: ((name: string, organisation: string) => Promise<void>) | undefined;
  /**
   * Builds a command for the user (`me` is their person id) and runs it as one undoable
   * step; returns a message when it could not be built, was refused, or the user is unknown.
   */
  run(build: (me: string) => Built, label: string): string | undefined;
}

/**
 * Revisions and approval records name who made them, and the commands refuse a person the
 * map does not know: the user is added to the map's people first (outside the undo history,
 * as comments do), then the command runs as one step.
 */
export function useUserCommand(): UserCommand {
  const identity = useIdentity();
  const saveIdentity = useSaveIdentity();
  const store = useDocumentStore();
  const run = useCallback(
    (build: (me: string) => Built, label: string) => {
      if (!identity) return 'Tell us your name first, so the record says who made it.';
      const built = build(identity.personId);
      if (!built.ok) return built.message;
      const refused = runAsUser(store, identity, built.call, label);
      // Refusals are phrased as clauses ("a credential that is Draft cannot become Published").
      return refused === undefined ? undefined : `Not recorded: ${refused}${/[.!?]$/.test(refused) ? '' : '.'}`;
    },
    [identity, store],
  );
  return { identity, saveIdentity, run };
}
