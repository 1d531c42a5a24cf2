import type { Id, McredDocument, Person } from '../model';
import { hash53 } from './anchors';

/**
 * Reviewers' names and dates as Word wrote them are untrusted: names may hold control or
 * bidi-override characters (which can make a name display as something else), dates may be
 * junk (LibreOffice writes "0-00-00T00:00:00Z" when it has none).
 */

export const UNKNOWN_REVIEWER = 'Unknown reviewer';
const NAME_CAP = 100;

// C0/C1 controls, zero-width and bidi embedding/override/isolate marks: matching them is the point.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\u061c\ufeff]/g;

/** One line of text someone else wrote, fit to show: without control, zero-width or bidi marks, white space collapsed. */
export function safeLine(raw: string): string {
  return raw.replace(UNSAFE, '').replace(/\s+/g, ' ').trim();
}

/** A name fit to show and store: cleaned, trimmed, capped; empty → "Unknown reviewer". */
export function cleanName(raw: string | undefined): string {
  const name = safeLine(raw ?? '');
  return [...name].slice(0, NAME_CAP).join('').trim() || UNKNOWN_REVIEWER;
}

/** Free text from the document (comments, strays): control characters out, line breaks kept. */
export function cleanText(raw: string, cap: number): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const text = raw.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  return text.length > cap ? `${text.slice(0, cap - 1)}…` : text;
}

/** An ISO date-time from Word's w:date, or undefined when it is junk. No offset means UTC. */
export function reviewDate(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const text = raw.trim();
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) return undefined;
  const t = Date.parse(/(Z|[+-]\d{2}:?\d{2})$/i.test(text) ? text : `${text}Z`);
  if (!Number.isFinite(t)) return undefined;
  const d = new Date(t);
  if (d.getUTCFullYear() < 1980 || d.getUTCFullYear() > 9999) return undefined;
  return d.toISOString().replace(/\.000Z$/, 'Z');
}

/**
 * The people behind the names of a review: an existing person of the map with the same
 * name (ignoring case), else a new reviewer whose id is derived from the name, so that
 * importing the same review again finds the same person.
 */
export class Reviewers {
  private readonly byKey = new Map<string, Person>();
  private readonly added: Person[] = [];
  private readonly used: Id[] = [];

  constructor(private readonly doc: McredDocument) {
    for (const p of Object.values(doc.people)) {
      const key = p.name.trim().toLowerCase();
      if (!this.byKey.has(key)) this.byKey.set(key, p);
    }
  }

  /** The person for a raw author name, added to the new people if needed. */
  person(raw: string | undefined): Person {
    const name = cleanName(raw);
    const key = name.toLowerCase();
    let person = this.byKey.get(key);
    if (!person) {
      let seed = 0;
      let id = `pe_${hash53(key).toString(36)}`;
      while (id in this.doc.people || id in this.doc.meta.tombstones || this.added.some((p) => p.id === id)) id = `pe_${hash53(key, ++seed).toString(36)}`;
      person = { id, name, role: 'reviewer' };
      this.byKey.set(key, person);
      this.added.push(person);
    }
    if (!this.used.includes(person.id)) this.used.push(person.id);
    return person;
  }

  /** People to add to the map. */
  get newPeople(): Person[] {
    return [...this.added];
  }

  /** Everyone whose change or comment was placed, in the order met. */
  get ids(): Id[] {
    return [...this.used];
  }

  nameOf(id: Id): string {
    return this.doc.people[id]?.name ?? this.added.find((p) => p.id === id)?.name ?? UNKNOWN_REVIEWER;
  }
}
