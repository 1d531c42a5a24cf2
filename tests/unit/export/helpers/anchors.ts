import type { El } from './docx';

/** One bookmark of a Word body: its name, w:id and the text between its start and end. */
export interface ReadBookmark {
  name: string;
  id: string;
  /** The w:t text inside (what reads with tracked changes accepted); w:br as "\n". */
  text: string;
  /** Whether a tracked insertion or deletion lies inside. */
  tracked: boolean;
}

/**
 * Reads every bookmark of a body in document order, the way an importer would: start and
 * end are matched by w:id and may sit in different runs (or paragraphs); inside, w:t is the
 * text, w:br a line feed, and deleted text (w:delText) does not count.
 */
export function readBookmarks(body: El): ReadBookmark[] {
  const open = new Map<string, ReadBookmark>();
  const done: ReadBookmark[] = [];
  const visit = (el: El, inChange: boolean) => {
    const tracked = inChange || el.name === 'w:ins' || el.name === 'w:del';
    if (el.name === 'w:bookmarkStart') {
      const b: ReadBookmark = { name: el.attrs['w:name'] ?? '', id: el.attrs['w:id'] ?? '', text: '', tracked: false };
      open.set(b.id, b);
      done.push(b);
      return;
    }
    if (el.name === 'w:bookmarkEnd') {
      open.delete(el.attrs['w:id'] ?? '');
      return;
    }
    if (tracked) for (const b of open.values()) b.tracked = true;
    if (el.name === 'w:br') for (const b of open.values()) b.text += '\n';
    for (const c of el.children) {
      if (typeof c === 'string') {
        if (el.name === 'w:t') for (const b of open.values()) b.text += c;
      } else if (c.name !== 'w:instrText') visit(c, tracked);
    }
  };
  visit(body, false);
  return done;
}
