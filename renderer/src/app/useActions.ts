import { createContext, useContext, useEffect, useSyncExternalStore } from 'react';
import { actionRegistry, type Action, type ActionHandlers, type ActionId, type ActionRegistry, type RunOutcome } from './actions';
import { isTypingTarget } from './shortcuts';

/** The registry features register into; the window's registry unless a test provides another. */
export const ActionRegistryContext = createContext<ActionRegistry>(actionRegistry);

export function useActionRegistry(): ActionRegistry {
  return useContext(ActionRegistryContext);
}

/**
 * Binds what declared actions do while the calling component is mounted: a handler per
 * `ActionId` (label, keys and places are the catalogue's, `shared/actions.ts`). Pass a
 * memoised object (useMemo): a new object re-binds. Read fresh state inside `run` and
 * `enabled` through store getters rather than closing over rendered values.
 */
export function useActionHandlers(handlers: ActionHandlers): void {
  const registry = useActionRegistry();
  useEffect(() => registry.register(handlers), [registry, handlers]);
}

/**
 * Says on the console, once the open map's workspace (`workspace`: its key) is mounted, which declared actions
 * nothing performs (or several handlers perform at once): a menu item or shortcut that
 * silently does nothing is a bug. The e2e tests fail on this message.
 */
export function useActionCoverageCheck(workspace: string | undefined): void {
  const registry = useActionRegistry();
  useEffect(() => {
    if (workspace === undefined) return;
    const { missing, repeated } = registry.coverage();
    if (missing.length) console.error(`${UNHANDLED_ACTIONS}: ${missing.join(', ')}`);
    if (repeated.length) console.error(`${REPEATED_ACTIONS}: ${repeated.join(', ')}`);
  }, [registry, workspace]);
}

export const UNHANDLED_ACTIONS = 'Declared actions without a handler';
export const REPEATED_ACTIONS = 'Declared actions with more than one handler';

/** A function that runs an action by id. */
export function useRunAction(): (id: ActionId) => RunOutcome {
  const registry = useActionRegistry();
  return registry.run.bind(registry);
}

/** The registered actions, re-read when the set changes (for the palette and menus). */
export function useActionList(): Action[] {
  const registry = useActionRegistry();
  useSyncExternalStore(registry.subscribe, registry.getVersion, registry.getVersion);
  return registry.list();
}

/** The action registered under `id`, kept current. */
export function useAction(id: ActionId): Action | undefined {
  const registry = useActionRegistry();
  useSyncExternalStore(registry.subscribe, registry.getVersion, registry.getVersion);
  return registry.get(id);
}

/** Installs the window's key handler: every registered shortcut works anywhere in the window. */
export function useGlobalShortcuts(): void {
  const registry = useActionRegistry();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      if (registry.handleKey(e, isTypingTarget(e.target))) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [registry]);
}
