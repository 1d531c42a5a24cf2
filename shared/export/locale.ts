/**
 * The institution's conventions for a printed document: paper size and how dates are
 * written, chosen from the map's country (free text such as "United States", "USA" or "US")
 * and overridable per export.
 *
 * - Paper: US Letter in the United States and Canada (ISO 216 is not used there for office
 *   paper), A4 everywhere else.
 * - Dates: "March 1, 2026" in the United States, Canada and the Philippines; "2026-03-01"
 *   where the year comes first (China, Japan, Korea, Taiwan, Hungary, Lithuania, Mongolia,
 *   Sweden); "1 March 2026" elsewhere. Month names stay in English, the document's language.
 */

export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export const DATE_STYLES = ['dmy', 'mdy', 'ymd'] as const;
export type DateStyle = (typeof DATE_STYLES)[number];

/** Page sizes in twips (1/1440 inch), portrait. */
export const PAPER_TWIPS: Record<PaperSize, { widthTwips: number; heightTwips: number }> = {
  a4: { widthTwips: 11906, heightTwips: 16838 },
  letter: { widthTwips: 12240, heightTwips: 15840 },
};

export const PAPER_LABELS: Record<PaperSize, string> = { a4: 'A4', letter: 'US Letter' };

/** Country names, ISO 3166 alpha-2 and alpha-3 codes, lower case, by convention. */
const COUNTRIES = {
  us: ['united states', 'united states of america', 'usa', 'us', 'u.s.', 'u.s.a.', 'america', 'puerto rico', 'pr', 'pri', 'guam', 'gu', 'gum'],
  ca: ['canada', 'ca', 'can'],
  ph: ['philippines', 'the philippines', 'ph', 'phl'],
  ymd: ['china', "people's republic of china", 'cn', 'chn', 'japan', 'jp', 'jpn', 'korea', 'south korea', 'republic of korea', 'kr', 'kor', 'taiwan', 'tw', 'twn', 'hungary', 'hu', 'hun', 'lithuania', 'lt', 'ltu', 'mongolia', 'mn', 'mng', 'sweden', 'se', 'swe'],
} as const;

const groupOf = (country: string | undefined): keyof typeof COUNTRIES | undefined => {
  const key = (country ?? '').trim().toLowerCase();
  if (!key) return undefined;
  return (Object.keys(COUNTRIES) as (keyof typeof COUNTRIES)[]).find((g) => (COUNTRIES[g] as readonly string[]).includes(key));
};

/** US Letter for the United States and Canada, A4 elsewhere (and when no country is set). */
export function paperFor(country: string | undefined): PaperSize {
  const group = groupOf(country);
  return group === 'us' || group === 'ca' ? 'letter' : 'a4';
}

/** The order a date is written in where the institution is. */
export function dateStyleFor(country: string | undefined): DateStyle {
  const group = groupOf(country);
  if (group === 'us' || group === 'ca' || group === 'ph') return 'mdy';
  return group === 'ymd' ? 'ymd' : 'dmy';
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date (in UTC, so the document does not depend on the machine's zone) in the given convention. */
export function formatDate(date: Date, style: DateStyle = 'dmy'): string {
  const d = date.getUTCDate();
  const m = MONTHS[date.getUTCMonth()]!;
  const y = date.getUTCFullYear();
  if (style === 'mdy') return `${m} ${d}, ${y}`;
  if (style === 'ymd') return date.toISOString().slice(0, 10);
  return `${d} ${m} ${y}`;
}

/** The conventions of one export: the paper and dates asked for, else the map's country's. */
export interface DocumentLocale {
  paper: PaperSize;
  dates: DateStyle;
}

export function documentLocale(country: string | undefined, overrides: { paper?: PaperSize; dates?: DateStyle } = {}): DocumentLocale {
  return { paper: overrides.paper ?? paperFor(country), dates: overrides.dates ?? dateStyleFor(country) };
}
