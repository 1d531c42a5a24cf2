/**
 * Recognising a country typed as free text ("United States", "USA", "US", " new zealand ")
 * in the map's settings. One list for everything that follows the institution's country:
 * paper and dates of exports (`export/locale.ts`) and the credit system and profiles of a
 * new map (`institutionDefaults.ts`).
 */

/** Names and ISO 3166 alpha-2 / alpha-3 codes, lower case, by the alpha-2 code we answer with. */
const NAMES = {
  us: ['united states', 'united states of america', 'usa', 'us', 'u.s.', 'u.s.a.', 'america', 'puerto rico', 'pr', 'pri', 'guam', 'gu', 'gum'],
  ca: ['canada', 'ca', 'can'],
  ph: ['philippines', 'the philippines', 'ph', 'phl'],
  nz: ['new zealand', 'aotearoa', 'aotearoa new zealand', 'nz', 'nzl'],
  au: ['australia', 'commonwealth of australia', 'au', 'aus'],
  cn: ['china', "people's republic of china", 'cn', 'chn'],
  jp: ['japan', 'jp', 'jpn'],
  kr: ['korea', 'south korea', 'republic of korea', 'kr', 'kor'],
  tw: ['taiwan', 'tw', 'twn'],
  mn: ['mongolia', 'mn', 'mng'],
  // The 27 member states of the European Union.
  at: ['austria', 'österreich', 'at', 'aut'],
  be: ['belgium', 'belgië', 'belgique', 'be', 'bel'],
  bg: ['bulgaria', 'bg', 'bgr'],
  hr: ['croatia', 'hrvatska', 'hr', 'hrv'],
  cy: ['cyprus', 'cy', 'cyp'],
  cz: ['czechia', 'czech republic', 'cz', 'cze'],
  dk: ['denmark', 'danmark', 'dk', 'dnk'],
  ee: ['estonia', 'eesti', 'ee', 'est'],
  fi: ['finland', 'suomi', 'fi', 'fin'],
  fr: ['france', 'fr', 'fra'],
  de: ['germany', 'deutschland', 'de', 'deu'],
  gr: ['greece', 'hellas', 'gr', 'grc', 'el'],
  hu: ['hungary', 'magyarország', 'hu', 'hun'],
  ie: ['ireland', 'éire', 'republic of ireland', 'ie', 'irl'],
  it: ['italy', 'italia', 'it', 'ita'],
  lv: ['latvia', 'latvija', 'lv', 'lva'],
  lt: ['lithuania', 'lietuva', 'lt', 'ltu'],
  lu: ['luxembourg', 'lu', 'lux'],
  mt: ['malta', 'mt', 'mlt'],
  nl: ['netherlands', 'the netherlands', 'nederland', 'holland', 'nl', 'nld'],
  pl: ['poland', 'polska', 'pl', 'pol'],
  pt: ['portugal', 'pt', 'prt'],
  ro: ['romania', 'românia', 'ro', 'rou'],
  sk: ['slovakia', 'slovensko', 'sk', 'svk'],
  si: ['slovenia', 'slovenija', 'si', 'svn'],
  es: ['spain', 'españa', 'es', 'esp'],
  se: ['sweden', 'sverige', 'se', 'swe'],
} as const;

/** A recognised country, as its ISO 3166 alpha-2 code in lower case. */
export type CountryCode = keyof typeof NAMES;

/** The member states of the European Union (2020 onwards). */
export const EU_MEMBER_STATES: ReadonlySet<CountryCode> = new Set<CountryCode>([
  'at', 'be', 'bg', 'hr', 'cy', 'cz', 'dk', 'ee', 'fi', 'fr', 'de', 'gr', 'hu', 'ie',
  'it', 'lv', 'lt', 'lu', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'si', 'es', 'se',
]);

const BY_NAME: ReadonlyMap<string, CountryCode> = new Map(
  (Object.entries(NAMES) as [CountryCode, readonly string[]][]).flatMap(([code, names]) => names.map((n) => [n, code] as const)),
);

/** The country a free-text entry names, or undefined when it is empty or not one we know. */
export function countryCode(country: string | undefined): CountryCode | undefined {
  const key = (country ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
  return key ? BY_NAME.get(key) : undefined;
}
