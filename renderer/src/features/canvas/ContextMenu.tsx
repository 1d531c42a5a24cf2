import { useEffect, useRef } from 'react';
import { ENTITY_KINDS, type EntityKind, type Position } from '../../../../shared/model';
import { actionSpec, type ActionId } from '../../../../shared/actions';
import { useRunAction } from '../../app/useActions';
import { useReturnFocus } from '../../app/useReturnFocus';
import { EntityIcon, KIND_LABEL } from './icons';

export type MenuTarget = { kind: 'pane' } | { kind: 'node'; id: string; entityKind: EntityKind } | { kind: 'edge'; id: string };

export interface MenuState {
  /** Client coordinates of the click. */
  x: number;
  y: number;
  /** The same point on the map. */
  flow: Position;
  target: MenuTarget;
}

/** What only the context menu offers: creating at the clicked point, focusing on the clicked credential. */
export interface MenuCommands {
  createAt: (kind: EntityKind, at: Position) => void;
  focusCredential: (id: string) => void;
}

/**
 * Right-click menu: create here on the pane; copy, delete, focus on a node; delete on a
 * link. Copy, Paste and Delete are the declared actions (catalogue label, same handler as
 * their shortcuts and menus).
 */
export function ContextMenu({ menu, commands, onClose }: { menu: MenuState; commands: MenuCommands; onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const runAction = useRunAction();
  // Declared before the effect that focuses the first item, so it records where the focus was.
  useReturnFocus();
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const away = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    const key = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('pointerdown', away, true);
    window.addEventListener('keydown', key, true);
    return () => {
      window.removeEventListener('pointerdown', away, true);
      window.removeEventListener('keydown', key, true);
    };
  }, [onClose]);

  const item = (label: string, run: () => void, icon?: EntityKind) => (
    <button
      type="button"
      role="menuitem"
      key={label}
      onClick={() => {
        onClose();
        run();
      }}
    >
      {icon ? <EntityIcon kind={icon} className={`menu-icon menu-icon--${icon}`} /> : <span className="menu-icon" />}
      {label}
    </button>
  );
  const action = (id: ActionId, label = actionSpec(id).label) => item(label, () => void runAction(id));

  const t = menu.target;
  return (
    <div ref={ref} className="context-menu" role="menu" aria-label="Map actions" style={{ left: menu.x, top: menu.y }} data-own-keys>
      {t.kind === 'pane' ? (
        <>
          {ENTITY_KINDS.map((k) => item(`New ${KIND_LABEL[k].toLowerCase()} here`, () => commands.createAt(k, menu.flow), k))}
          <hr />
          {action('edit.paste')}
        </>
      ) : t.kind === 'node' ? (
        <>
          {t.entityKind === 'credential' ? item('Focus on this credential', () => commands.focusCredential(t.id), 'credential') : null}
          {action('edit.copy')}
          {action('edit.delete')}
        </>
      ) : (
        action('edit.delete', 'Delete link')
      )}
    </div>
  );
}
