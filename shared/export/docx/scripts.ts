/**
 * Writing systems in a document's text: which need right-to-left paragraphs, and which need
 * a font other than the body font (Arial has no Devanagari, Thai or Chinese; Word takes
 * complex-script text from a run's `cs` font and Chinese, Japanese and Korean from its
 * `eastAsia` font).
 */

export const SCRIPTS = ['arabic', 'hebrew', 'indic', 'thai', 'otherComplex', 'chinese', 'japanese', 'korean'] as const;
export type Script = (typeof SCRIPTS)[number];

/** Right-to-left letters: Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic and their presentation forms. */
const RTL = '\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF';
export const RTL_CHAR = new RegExp(`[${RTL}]`);

const SCRIPT_RANGES: Record<Script, string> = {
  hebrew: '\u0590-\u05FF\uFB1D-\uFB4F',
  arabic: '\u0600-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF',
  indic: '\u0900-\u0DFF',
  thai: '\u0E00-\u0E7F',
  otherComplex: '\u0E80-\u0FFF\u1000-\u109F\u1780-\u17FF',
  japanese: '\u3040-\u30FF\u31F0-\u31FF',
  korean: '\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF',
  chinese: '\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF',
};

// eslint-disable-next-line no-misleading-character-class -- code-point ranges of whole scripts, combining marks included on purpose
const ANY_SCRIPT = new RegExp(`[${Object.values(SCRIPT_RANGES).join('')}]`, 'g');
const SCRIPT_OF = SCRIPTS.map((s) => [s, new RegExp(`[${SCRIPT_RANGES[s]}]`)] as const);

/** How many characters of each script beyond Latin, Greek and Cyrillic a text holds. */
export function scriptCounts(text: string): Map<Script, number> {
  const counts = new Map<Script, number>();
  for (const match of text.matchAll(ANY_SCRIPT)) {
    const script = SCRIPT_OF.find(([, re]) => re.test(match[0]))![0];
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  return counts;
}

const COMPLEX: readonly Script[] = ['arabic', 'hebrew', 'indic', 'thai', 'otherComplex'];

/**
 * The fallback fonts of a document: for complex scripts, the font of the script used most
 * (Arial's own when there is none, so a reviewer's Arabic or Hebrew still shows); for East
 * Asian text, Japanese when there is kana, Korean when there is Hangul, else Chinese.
 */
export function fallbackFonts(counts: ReadonlyMap<Script, number>, fonts: Record<Script, string>): { cs: string; eastAsia: string } {
  const complex = COMPLEX.filter((s) => counts.has(s)).sort((a, b) => counts.get(b)! - counts.get(a)!)[0] ?? 'arabic';
  const eastAsia: Script = counts.has('japanese') ? 'japanese' : counts.has('korean') ? 'korean' : 'chinese';
  return { cs: fonts[complex], eastAsia: fonts[eastAsia] };
}

/** Whether the first letter of a text (its first strong character) is right-to-left. */
export function startsRightToLeft(text: string): boolean {
  for (const c of text) {
    if (RTL_CHAR.test(c)) return true;
    if (/\p{L}/u.test(c)) return false;
  }
  return false;
}

/** Right-to-left languages by their BCP 47 primary subtag. */
const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb', 'syr']);

export function isRightToLeftLanguage(tag: string): boolean {
  return RTL_LANGUAGES.has(tag.toLowerCase().split('-')[0]!);
}
