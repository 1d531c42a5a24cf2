import type { LinkedItem } from '../model/linked';
import { useSelect } from '../hooks/useSelect';

interface LinkedListProps {
  title: string;
  items: readonly LinkedItem[];
  /** What to say when the list is empty, e.g. "No outcomes are linked yet". */
  empty: string;
  numbered?: boolean;
}

/** Read-only list of linked records; clicking one selects it on the map. */
export function LinkedList({ title, items, empty, numbered }: LinkedListProps) {
  const select = useSelect();
  const List = numbered ? 'ol' : 'ul';
  return (
    <div className="insp-linked" role="group" aria-label={title}>
      <div className="insp-label">
        <span className="insp-label-text">{title}</span>
        <span className="insp-linked-count">{items.length}</span>
      </div>
      {items.length ? (
        <List className="insp-linked-list">
          {items.map((item) => (
            <li key={item.linkId ?? item.id}>
              <button type="button" className="insp-linked-item" onClick={() => select(item.id)} title={`Select “${item.label}” on the map`}>
                <span className="insp-linked-label">{item.label}</span>
                {item.note ? <span className="insp-linked-note">{item.note}</span> : null}
              </button>
            </li>
          ))}
        </List>
      ) : (
        <p className="insp-empty-list">{empty}</p>
      )}
    </div>
  );
}
