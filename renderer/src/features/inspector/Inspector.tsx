import './inspector.css';

/** The right-hand panel: edits the selected item, or says how to select one. */
export function Inspector() {
  return (
    <aside className="inspector" aria-label="Inspector">
      <p className="inspector-empty">Select an item on the map to edit it</p>
    </aside>
  );
}
