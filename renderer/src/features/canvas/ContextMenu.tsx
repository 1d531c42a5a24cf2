import { useEffect, useRef } from 'react';
import { ENTITY_KINDS, type EntityKind, type Position } from '../../../../shared/model';
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

export interface MenuCommands {
  createAt: (kind: EntityKind, at: Position) => void;
  deleteSelection: () => void;
  copy: () => void;
  paste: () => void;
  focusCredential: (id: string) => void;
}

/** Right-click menu: create here on the pane; delete, copy, focus on a node; delete on a link. */
export function ContextMenu({ menu, commands, onClose }: { menu: MenuState; commands: MenuCommands; onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
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

  const t = menu.target;
  return (
    <div ref={ref} className="context-menu" role="menu" aria-label="Map actions" style={{ left: menu.x, top: menu.y }} data-own-keys>
      {t.kind === 'pane' ? (
        <>
          {ENTITY_KINDS.map((k) => item(`New ${KIND_LABEL[k].toLowerCase()} here`, () => commands.createAt(k, menu.flow), k))}
          <hr />
          {item('Paste', commands.paste)}
        </>
      ) : t.kind === 'node' ? (
        <>
          {t.entityKind === 'credential' ? item('Focus on this credential', () => commands.focusCredential(t.id), 'credential') : null}
          {item('Copy', commands.copy)}
          {item('Delete', commands.deleteSelection)}
        </>
      ) : (
        item('Delete link', commands.deleteSelection)
      )}
    </div>
  );
}
