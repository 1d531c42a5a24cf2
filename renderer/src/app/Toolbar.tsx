import { ENTITY_KINDS } from '../../../shared/model';
import { SuggestToggle } from '../features/suggest';
import { EntityIcon, KIND_LABEL } from '../features/canvas/icons';
import { useDocumentState, type DocumentState } from '../store';
import { ActionButton } from './ActionButton';
import { FocusPicker } from './FocusPicker';
import { SearchBox } from './SearchBox';
import { ToolIcon } from './ToolIcon';

const selectCanUndo = (s: DocumentState) => s.canUndo;
const selectCanRedo = (s: DocumentState) => s.canRedo;
const SHORT: Record<string, string> = { credential: 'Credential' };

/** The top bar: create an entity of each kind, undo/redo, tidy and fit, focus mode, search. */
export function Toolbar() {
  const canUndo = useDocumentState(selectCanUndo);
  const canRedo = useDocumentState(selectCanRedo);
  return (
    <header className="toolbar" role="toolbar" aria-label="Map tools">
      <div className="toolbar__group" aria-label="Create">
        <span className="toolbar__caption">Add</span>
        {ENTITY_KINDS.map((kind) => (
          <ActionButton key={kind} action={`create.${kind}`} label={`New ${KIND_LABEL[kind].toLowerCase()}`} className={`btn--create btn--${kind}`}>
            <EntityIcon kind={kind} />
            <span>{SHORT[kind] ?? KIND_LABEL[kind]}</span>
          </ActionButton>
        ))}
      </div>
      <div className="toolbar__group">
        <ActionButton action="edit.undo" label="Undo" disabled={!canUndo} className="btn--icon">
          <ToolIcon name="undo" />
        </ActionButton>
        <ActionButton action="edit.redo" label="Redo" disabled={!canRedo} className="btn--icon">
          <ToolIcon name="redo" />
        </ActionButton>
      </div>
      <div className="toolbar__group">
        <ActionButton action="layout.auto" className="btn--quiet">
          <ToolIcon name="tidy" />
          <span>Tidy</span>
        </ActionButton>
        <ActionButton action="view.fit" className="btn--icon">
          <ToolIcon name="fit" />
        </ActionButton>
        <SuggestToggle />
      </div>
      <div className="toolbar__group">
        <ActionButton action="file.import" className="btn--quiet">
          <ToolIcon name="import" />
          <span>Import</span>
        </ActionButton>
        <ActionButton action="file.importRows" label="Paste rows: import outcomes, assessments or activities" className="btn--quiet">
          <ToolIcon name="rows" />
          <span>Paste rows</span>
        </ActionButton>
        <ActionButton action="file.export" className="btn--quiet">
          <ToolIcon name="export" />
          <span>Export</span>
        </ActionButton>
      </div>
      <div className="toolbar__spacer" />
      <FocusPicker />
      <SearchBox />
    </header>
  );
}
