import { primaryShortcut } from '../../app/actions';
import { formatShortcut } from '../../app/shortcuts';
import { useAction, useRunAction } from '../../app/useActions';
import { useIsDirty } from '../../store';
import { useFileUi } from './FileControllerContext';

/**
 * The browser's stand-in for the desktop's File menu: New, Open, Save, Save As, and the
 * map's file with a dot while it has unsaved changes. (The desktop has native menus and
 * shows the same in its title bar.)
 */
export function FileBar() {
  const { source, status } = useFileUi();
  return (
    <nav className="fs-bar" aria-label="File">
      <span className="fs-bar__app">Micro-Credential Studio</span>
      <span className="fs-bar__buttons">
        <FileButton id="file.new" />
        <FileButton id="file.open" />
        <FileButton id="file.save" />
        <FileButton id="file.saveAs" />
        <FileButton id="file.mergeCopy" />
        <FileButton id="review.import" />
      </span>
      {status === 'open' && <FileName path={source?.kind === 'file' ? source.path : null} example={source?.kind === 'example'} />}
    </nav>
  );
}

function FileButton({ id }: { id: string }) {
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
