import type { McredDocument } from './document';

/** Stamps edits made in the app before the user has said who they are (the first-run prompt). */
export const PROVISIONAL_AUTHOR = 'pe_unknown';

/** The words for an author who made edits before giving the app their name: all the stamp can tell. */
export const PROVISIONAL_AUTHOR_LABEL = 'someone who had not set their name yet';

/** The words for an author whose person record is not in the map (e.g. a hand-edited or merged file). */
export const UNLISTED_AUTHOR_LABEL = "someone not listed in this map's people";

/**
 * A person's name for people to read ("Last edited by …", a comment's author, a reviewer):
 * their name, else words saying who they could be — never the raw id, which means nothing
 * to a reader. The provisional author is never among the people (it names no one), so its
 * edits are told apart from those of a person who is missing from the map.
 */
export function personLabel(people: McredDocument['people'], id: string): string {
  const name = Object.hasOwn(people, id) ? people[id]?.name : undefined;
  if (name) return name;
  return id === PROVISIONAL_AUTHOR ? PROVISIONAL_AUTHOR_LABEL : UNLISTED_AUTHOR_LABEL;
}
