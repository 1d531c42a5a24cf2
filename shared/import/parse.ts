import { readTable } from './csv';
import { caseRelease, isCasePackage, parseCase } from './caseJson';
import { decodeText } from './decode';
import { detectFormat, formatMismatch } from './detect';
import { importItemsProblem, importSizeProblem } from './limits';
import { ESCO_REQUIRED, parseEsco } from './esco';
import { guessMapping, parseGeneric } from './generic';
import { ONET_REQUIRED, parseOnet } from './onet';
import { releaseFromName } from './release';
import type { ImportFormat, ImportedSkill, ParseOptions, ParseResult } from './types';

/** Stamps the release on every skill that has a source (the one place it is set). */
function withRelease(skills: ImportedSkill[], release: string | undefined): ImportedSkill[] {
  if (!release) return skills;
  for (const s of skills) if (s.source) s.source.release = release;
  return skills;
}

const given = (release: string | undefined) => release?.trim().slice(0, 200) || undefined;

const PREVIEW_ROWS = 8;

/**
 * The one entry point: bytes or text in the chosen format → skills, malformed rows with
 * line numbers, and what the wizard previews. Refuses (ok: false) only for the whole file:
 * empty, the wrong format chosen, required columns missing, unreadable JSON.
 */
export function parseImport(input: string | Uint8Array, format: ImportFormat, options: ParseOptions = {}): ParseResult {
  // Callers check the size before reading; this catches those that did not.
  const tooLarge = importSizeProblem(input.length);
  if (tooLarge) return { ok: false, message: tooLarge };
  const { text } = decodeText(input);
  if (!text.trim()) return { ok: false, message: 'the file is empty' };
  const mismatch = formatMismatch(format, detectFormat(text));
  if (mismatch) return { ok: false, message: mismatch };
  if (format === 'case') {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      return { ok: false, message: `the file is not valid JSON (${e instanceof Error ? e.message : String(e)})` };
    }
    if (!isCasePackage(json)) return { ok: false, message: 'a CASE package needs a CFItems list' };
    const tooMany = importItemsProblem(Array.isArray(json.CFItems) ? json.CFItems.length : 0);
    if (tooMany) return { ok: false, message: tooMany };
    options.onProgress?.(1);
    const { skills, problems } = parseCase(json, options.today);
    const release = given(options.release) ?? caseRelease(json);
    withRelease(skills, release);
    const preview = skills.slice(0, PREVIEW_ROWS).map((s) => [s.source?.code ?? '', s.statement, s.group ?? '']);
    return { ok: true, format, skills, problems, columns: [], preview, ...(release ? { release } : {}) };
  }
  const table = readTable(text, { onProgress: options.onProgress });
  const preview = table.records.slice(0, PREVIEW_ROWS).map((r) => r.cells);
  const base = { ok: true as const, format, columns: table.header, preview };
  const missing = (required: readonly string[]) => required.filter((c) => !table.header.includes(c));
  if (format === 'esco' || format === 'onet') {
    const lack = missing(format === 'esco' ? ESCO_REQUIRED : ONET_REQUIRED);
    if (lack.length) {
      const what = format === 'esco' ? 'ESCO skills' : 'O*NET Skills/Knowledge';
      return { ok: false, message: `the file has no ${lack.join(', ')} column${lack.length === 1 ? '' : 's'}, so it is not an ${what} file (choose --format csv to map its columns)` };
    }
    const r = format === 'esco' ? parseEsco(table) : parseOnet(table, options.occupation);
    if (format === 'onet' && options.occupation && !r.skills.length && !r.problems.length) {
      return { ok: false, message: `no rows for occupation ${options.occupation}` };
    }
    const release = given(options.release) ?? releaseFromName(format, options.sourceName);
    withRelease(r.skills, release);
    return { ...base, skills: r.skills, problems: [...table.problems, ...r.problems].sort((a, b) => a.line - b.line), ...(release ? { release } : {}) };
  }
  const mapping = options.mapping ?? guessMapping(table.header);
  const r = parseGeneric(table, mapping, options.framework);
  if ('error' in r) return { ok: false, message: r.error };
  const release = given(options.release);
  withRelease(r.skills, release);
  return { ...base, skills: r.skills, problems: [...table.problems, ...r.problems].sort((a, b) => a.line - b.line), mapping, ...(release ? { release } : {}) };
}
