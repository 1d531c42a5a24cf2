import { detectSeparator } from './csv';
import { ESCO_REQUIRED } from './esco';
import { ONET_REQUIRED } from './onet';
import { FORMAT_LABEL, type ImportFormat } from './types';

/** The header line of a table (first record, unquoted), enough for detection. */
function headerCells(text: string): string[] {
  const sep = detectSeparator(text);
  const end = text.search(/\r|\n/);
  return (end < 0 ? text : text.slice(0, end)).split(sep).map((c) => c.trim().replace(/^"|"$/g, ''));
}

/**
 * Guesses the format from the text: JSON with CFItems is CASE; a header with conceptUri and
 * preferredLabel is ESCO; one with O*NET-SOC Code and Element ID is O*NET; any other table
 * is generic CSV. `undefined` when the text is empty or JSON of another shape.
 */
export function detectFormat(text: string): ImportFormat | undefined {
  const start = text.trimStart();
  if (!start) return undefined;
  if (start.startsWith('{') || start.startsWith('[')) {
    // A shape check without parsing: a 10 MB JSON is parsed once, later, by the CASE reader.
    return /"CFItems"\s*:/.test(start) ? 'case' : undefined;
  }
  const header = headerCells(start);
  if (ESCO_REQUIRED.every((c) => header.includes(c))) return 'esco';
  if (ONET_REQUIRED.slice(0, 2).every((c) => header.includes(c))) return 'onet';
  return 'csv';
}

const withArticle = (label: string) => `${/^[AEIO]/.test(label) ? 'an' : 'a'} ${label}`;

/**
 * Why `chosen` cannot read a file that looks like `detected`, or undefined when it can.
 * A generic table reader can read ESCO and O*NET tables too (with a mapping), never JSON.
 */
export function formatMismatch(chosen: ImportFormat, detected: ImportFormat | undefined): string | undefined {
  if (detected === chosen) return undefined;
  if (chosen === 'csv' && detected !== 'case' && detected !== undefined) return undefined;
  // A plain table chosen as ESCO or O*NET: the missing-columns message says more.
  if (detected === 'csv' && chosen !== 'case') return undefined;
  const what = detected === undefined ? 'not a file the importer recognises' : withArticle(FORMAT_LABEL[detected]);
  return `this looks like ${what}, not ${withArticle(FORMAT_LABEL[chosen])}${detected ? ` (choose --format ${detected})` : ''}`;
}
