import { createContext, useContext, useEffect, useSyncExternalStore } from 'react';
import { actionRegistry, type Action, type ActionId, type ActionRegistry, type RunOutcome } from './actions';
import { isTypingTarget } from './shortcuts';

/** The registry features register into; the window's registry unless a test provides another. */
export const ActionRegistryContext = createContext<ActionRegistry>(actionRegistry);

export function useActionRegistry(): ActionRegistry {
  return useContext(ActionRegistryContext);
}

/**
 * Registers actions while the calling component is mounted. Pass a memoised array (useMemo):
 * a new array re-registers. Read fresh state inside `run` and `enabled` through store
 * getters rather than closing over rendered values.
 */
export function useRegisterActions(actions: readonly Action[]): void {
  const registry = useActionRegistry();
  useEffect(() => registry.register(actions), [registry, actions]);
}

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
