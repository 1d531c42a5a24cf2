import type { McredDocument } from '../model';
import { LEVEL_LETTER } from './docx/matrix';
import { ExportError } from './errors';
import { scopeOf } from './scope';
import { cleanText } from './text';

/** Byte order mark: tells Excel the file is UTF-8, so accents and scripts survive. */
export const UTF8_BOM = '\uFEFF';

/**
 * One CSV field (RFC 4180): text a spreadsheet would run as a formula (starting with
 * `=`, `+`, `-`, `@`, tab or carriage return) gets a leading apostrophe; a field with a
 * comma, quote, line break or outer space is quoted, with quotes doubled.
 */
export function csvField(value: string): string {
  let v = cleanText(value).replace(/\n/g, '\r\n');
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\r\n]|^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Rows to CSV text: CRLF line ends, a trailing CRLF and the UTF-8 BOM. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return UTF8_BOM + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * The alignment matrix of a credential as CSV: one row per skill requirement (number,
 * statement, importance, framework, code, URI), one column per outcome headed
 * "LO1: statement", cells I / R / M.
 */
export function matrixCsv(doc: McredDocument, credentialId: string): string {
  const s = scopeOf(doc, credentialId);
  if (!s) throw new ExportError('unknown-credential', `There is no micro-credential "${credentialId}" in this map.`);
  const header = ['No.', 'Skill requirement', 'Importance', 'Framework', 'Code', 'URI', ...s.outcomes.map((o) => `${o.label}: ${o.outcome.statement}`)];
  const rows = s.skills.map((k) => [
    k.label,
    k.skill.statement,
    k.skill.importance,
    k.skill.source?.framework ?? '',
    k.skill.source?.code ?? '',
    k.skill.source?.uri ?? '',
    ...s.outcomes.map((o) => {
      const l = s.addresses.get(k.skill.id)?.get(o.outcome.id);
      return l ? LEVEL_LETTER[l.level] : '';
    }),
  ]);
  return toCsv([header, ...rows]);
}
