import type { Importance, Proficiency, SkillType } from '../model';

/**
 * Value normalisation shared by the parsers and duplicate detection. Spreadsheets say
 * "Essential", "must have", "K" or "4"; the map stores one controlled word.
 */

/** Label key for duplicate detection: case, accents, whitespace and punctuation ignored. */
export function normaliseLabel(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Collapses runs of whitespace (labels copied from PDFs carry newlines and double spaces). */
export function cleanText(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const t = (/\s\s|[\t\n\r\f\v\u00a0]/.test(value) ? value.replace(/\s+/g, ' ') : value).trim();
  return t ? t : undefined;
}

/** Trims a multi-line text; undefined when empty. */
export function cleanBlock(value: string | undefined): string | undefined {
  if (!value) return undefined;
  // Most cells hold no CR: skip the regex pass over ~1 kB descriptions (14k rows add up).
  const t = (value.includes('\r') ? value.replace(/\r\n?/g, '\n') : value).trim();
  return t ? t : undefined;
}

export function toSkillType(value: string | undefined, fallback: SkillType = 'skill'): SkillType {
  const v = (value ?? '').trim().toLowerCase();
  if (!v) return fallback;
  if (v.startsWith('know') || v === 'k') return 'knowledge';
  if (v.startsWith('compet') || v === 'c') return 'competence';
  return 'skill';
}

const ESSENTIAL = /^(essential|required|require|must|must have|core|mandatory|yes|y|high|true|critical|key|primary|1)$/;
const OPTIONAL = /^(optional|nice to have|desirable|desired|preferred|no|n|low|medium|false|secondary|elective|0)$/;

/** Words or a 1–5 rating (≥ 3.5 is essential, as with O*NET importance). */
export function toImportance(value: string | undefined, fallback: Importance = 'essential'): Importance {
  const v = (value ?? '').trim().toLowerCase().replace(/[-_]+/g, ' ');
  if (!v) return fallback;
  if (ESSENTIAL.test(v)) return 'essential';
  if (OPTIONAL.test(v)) return 'optional';
  const n = Number(v);
  if (Number.isFinite(n) && n > 1) return n >= 3.5 ? 'essential' : 'optional';
  return fallback;
}

/** O*NET level (0–7) to a proficiency band: <2 foundational, <4 intermediate, <5.5 advanced, else expert. */
export function levelToProficiency(level: number): Proficiency {
  if (level < 2) return 'foundational';
  if (level < 4) return 'intermediate';
  if (level < 5.5) return 'advanced';
  return 'expert';
}

/** A URI the map accepts (http or https, no spaces), else undefined. */
export function cleanUri(value: string | undefined): string | undefined {
  const t = value?.trim();
  return t && /^https?:\/\/\S+$/.test(t) && t.length <= 2000 ? t : undefined;
}
