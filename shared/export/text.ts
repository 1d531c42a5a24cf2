// eslint-disable-next-line no-control-regex -- these are the characters to clean
const NEEDS_CLEANING = /[\x00-\x08\x0B-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * Text as it may safely go into XML 1.0 (Word parts, JSON-LD is fine already): control
 * characters other than tab and line feed are dropped, carriage returns become line feeds,
 * the non-characters U+FFFE/U+FFFF are dropped, and a lone surrogate (half of an emoji cut
 * in two) becomes U+FFFD rather than an unreadable byte sequence.
 */
export function cleanText(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text[i]! + text[i + 1]!;
        i++;
      } else out += '\uFFFD';
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) {
      out += '\uFFFD';
      continue;
    }
    if (c === 0x0d) {
      if (text.charCodeAt(i + 1) !== 0x0a) out += '\n';
      continue;
    }
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a) || c === 0xfffe || c === 0xffff) continue;
    out += text[i]!;
  }
  return out;
}

/** Lines of a cleaned multi-line text, without trailing empty lines. */
export function textLines(text: string): string[] {
  const lines = cleanText(text).split('\n');
  while (lines.length > 1 && lines[lines.length - 1]!.trim() === '') lines.pop();
  return lines;
}

/** "2026-03-01" from a date, in UTC, so the document does not depend on the machine's zone. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** An ISO date-time without milliseconds, as Word writes revision dates. */
export function wordDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** "Sentence case" for enum values such as `online-proctored` → "Online proctored". */
export function humanise(value: string): string {
  const words = value.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A number without trailing zeros and with at most two decimals: 27.5, 180, 0.33. */
export function formatNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** "1 hour", "12.5 hours". */
export function hours(n: number): string {
  return `${formatNumber(n)} ${n === 1 ? 'hour' : 'hours'}`;
}

/** "English (en)" for a BCP 47 tag, or the tag itself where the runtime has no names. */
export function languageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(tag);
    return name && name.toLowerCase() !== tag.toLowerCase() ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}

/**
 * A code as one unbreakable word: hyphens become non-breaking hyphens and spaces
 * non-breaking spaces, so "LO-12" never wraps as "LO-" / "12" in a narrow column.
 */
export function unbreakable(code: string): string {
  return code.replace(/-/g, '\u2011').replace(/ /g, '\u00A0');
}
