import { personLabel, stampAuthor, stampTime, type McredDocument, type Stamp } from '../../../../../shared/model';

export interface Edited {
  /** The person's name, or words saying who they could be when they are not among the map's people (`personLabel`). */
  author: string;
  at: Date;
}

/** The latest of a record's field stamps; stamps order as strings. */
export function latestStamp(fields: Readonly<Record<string, Stamp>> | undefined): Stamp | undefined {
  let latest: Stamp | undefined;
  for (const s of Object.values(fields ?? {})) if (latest === undefined || s > latest) latest = s;
  return latest;
}

/** Who changed a stamp's field, and when. */
export function editedBy(stamp: Stamp, people: McredDocument['people']): Edited {
  const id = stampAuthor(stamp);
  return { author: personLabel(people, id), at: stampTime(stamp) };
}

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

/** "Last edited by Maria Chen on 3 Mar 2026 at 14:05". */
export function editedText(edited: Edited): string {
  return `Last edited by ${edited.author} on ${DATE.format(edited.at)} at ${TIME.format(edited.at)}`;
}

/** Tooltip for one field: "Changed by Maria Chen on 3 Mar 2026 at 14:05". */
export function fieldEditedText(edited: Edited): string {
  return `Changed by ${edited.author} on ${DATE.format(edited.at)} at ${TIME.format(edited.at)}`;
}
