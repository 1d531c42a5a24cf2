import { useMemo, useRef } from 'react';
import { entityLabel, type Credential, type McredDocument } from '../../../shared/model';
import { useDoc, useSession, useSessionStore, type SessionState } from '../store';
import type { ActionHandlers } from './actions';
import { useActionHandlers } from './useActions';

const selectEntities = (d: McredDocument) => d.entities;
const selectFocus = (s: SessionState) => s.focusCredential;

/** Focus mode: pick a credential and the map shows only its neighbourhood. */
export function FocusPicker() {
  const entities = useDoc(selectEntities);
  const focus = useSession(selectFocus);
  const session = useSessionStore();
  const ref = useRef<HTMLSelectElement>(null);
  const credentials = useMemo(
    () => Object.values(entities).filter((e): e is Credential => e.kind === 'credential').sort((a, b) => a.title.localeCompare(b.title)),
    [entities],
  );
  const handlers = useMemo((): ActionHandlers => ({ 'view.focusCredential': { run: () => ref.current?.focus() } }), []);
  useActionHandlers(handlers);

  return (
    <label className="focus-picker">
      <span className="visually-hidden">Focus on credential</span>
      <select
        ref={ref}
        value={focus ?? ''}
        onChange={(e) => session.setFocusCredential(e.target.value || undefined)}
        aria-label="Focus on credential"
        data-own-keys
      >
        <option value="">All credentials</option>
        {credentials.map((c) => (
          <option key={c.id} value={c.id}>
            {entityLabel(c)}
          </option>
        ))}
      </select>
    </label>
  );
}
