import { ACTION_IDS, actionSpec } from '../../../../shared/actions';
import { primaryShortcut, type ActionId } from '../../app/actions';
import { formatShortcut } from '../../app/shortcuts';
import { useAction, useRunAction } from '../../app/useActions';
import { useIsDirty } from '../../store';
import { useFileUi } from './FileControllerContext';

/**
 * The browser's stand-in for the desktop's File menu: the actions the catalogue puts on the
 * File bar (New, Open, Save, Save As, Merge, Import Review), and the map's file with a dot
 * while it has unsaved changes. (The desktop has native menus and shows the same in its
 * title bar.)
 */
export function FileBar() {
  const { source, status } = useFileUi();
  return (
    <nav className="fs-bar" aria-label="File">
      <span className="fs-bar__app">Micro-Credential Studio</span>
      <span className="fs-bar__buttons">
        {FILE_BAR.map((id) => (
          <FileButton key={id} id={id} />
        ))}
      </span>
      {status === 'open' && <FileName path={source?.kind === 'file' ? source.path : null} example={source?.kind === 'example'} />}
    </nav>
  );
}

/** The catalogue's File bar actions (`fileBar`), in its order. */
const FILE_BAR = ACTION_IDS.filter((id) => actionSpec(id).fileBar);

function FileButton({ id }: { id: ActionId }) {
  const action = useAction(id);
  const run = useRunAction();
  if (!action) return null;
  const shortcut = primaryShortcut(action);
  return (
    <button type="button" className="fs-button fs-button--bar" onClick={() => run(id)} title={shortcut ? `${action.label} (${formatShortcut(shortcut)})` : action.label}>
      {action.label}
    </button>
  );
}

/** Lives below the document store provider, so that only it re-renders as the map changes. */
function FileName({ path, example }: { path: string | null; example: boolean }) {
  const cut = path === null ? -1 : Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return (
    <span className="fs-bar__file" title={path ?? undefined}>
      <DirtyDot />
      <span className="fs-bar__path" data-testid="file-location">
        {path === null ? (
          example ? 'Built-in example (not saved)' : 'Not saved yet'
        ) : (
          <>
            {/* The folder gives way first (ellipsis at its start); the file name always shows. */}
            <span className="fs-bar__folder">
              <bdi>{path.slice(0, cut + 1)}</bdi>
            </span>
            <span className="fs-bar__name">{path.slice(cut + 1)}</span>
          </>
        )}
      </span>
    </span>
  );
}

function DirtyDot() {
  const dirty = useIsDirty();
  return dirty ? <span className="fs-bar__dirty" role="img" aria-label="Unsaved changes" data-testid="dirty-marker" /> : null;
}
