import type { Skill } from '../model';

/**
 * A small, explainable phrase matcher. Each skill gives phrases (its label, its other names,
 * and shorter forms of them); a posting names the skill when the words of one phrase occur
 * in it in order, each word compared by a crude stem so that inflections match:
 * "administer medication" ≈ "administering medications", "define firewall rules" ≈
 * "defining firewall rules". No synonyms beyond the skill's own other names, no fuzzy
 * spelling: a count can always be explained by the phrase that matched.
 */

/** Framework wording in front of the thing itself: "Knowledge of X", "Skill in X", "Ability to X". */
const LEAD_INS = /^(?:knowledge of|skill in|skills in|skill to|ability to|abilities to|understanding of|experience (?:in|with)|proficiency in|competence in)\s+/i;

/** Words that carry no meaning alone: a shortened phrase never starts or ends with them. */
const WEAK = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'to', 'for', 'with', 'by', 'at', 'as', 'from', 'ict', 'computer']);

/** Lowercase words without accents, with their place in the text. ASCII is scanned by code; other letters by a Unicode test. */
export function words(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isWordChar(text, i)) i++;
    if (i >= n) break;
    const start = i;
    let ascii = true;
    while (i < n && isWordChar(text, i)) {
      if (text.charCodeAt(i) > 127) ascii = false;
      i++;
    }
    const raw = text.slice(start, i).toLowerCase();
    out.push({ word: ascii ? raw : fold(raw), start, end: i });
  }
  return out;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(text[i]!);
}

function fold(word: string): string {
  return word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

const stemCache = new Map<string, string>();

/**
 * A crude English stem: plural and verb endings off, a final e or y evened out, so
 * "medications" → "medication", "administering" → "administer", "identifies" and
 * "identify" → "identifi", "handling" and "handle" → "handl". Short words stay as they are.
 */
export function stem(word: string): string {
  const hit = stemCache.get(word);
  if (hit !== undefined) return hit;
  let w = word;
  if (w.length > 3) {
    if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
    else if (w.endsWith('sses')) w = w.slice(0, -2);
    else if (w.endsWith('s') && !/(?:ss|is|us)$/.test(w)) w = w.slice(0, -1);
    if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
    else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
    if (/[^aeiou]e$/.test(w) && w.length > 3) w = w.slice(0, -1);
    if (w.endsWith('y') && w.length > 3) w = `${w.slice(0, -1)}i`;
    // "administr" + "at" and doubled consonants: "planning" → "plann" → "plan".
    if (/([^aeiouls])\1$/.test(w)) w = w.slice(0, -1);
  }
  if (stemCache.size > 200_000) stemCache.clear();
  stemCache.set(word, w);
  return w;
}

/** The stems of a phrase's words. */
export function stems(text: string): string[] {
  return words(text).map((w) => stem(w.word));
}

/**
 * The phrases that name a skill: its label and other names, each also without the
 * framework's lead-in ("Knowledge of cybersecurity threats" → "cybersecurity threats"),
 * without a bracketed aside and without a leading "-ing" verb ("performing log file
 * analysis" → "log file analysis"). Phrases of one short word are left out (too common).
 */
export function skillPhrases(skill: Pick<Skill, 'statement' | 'altLabels'>): string[] {
  const out: string[] = [];
  const add = (p: string) => {
    let t = p.replace(/[.;:]+$/, '').replace(/\s+/g, ' ').trim();
    // Weak words at either end are trimmed: "ICT encryption" → "encryption".
    for (let parts = t.split(' '); parts.length > 1 && WEAK.has(fold(parts[0]!.toLowerCase())); parts = t.split(' ')) t = parts.slice(1).join(' ');
    for (let parts = t.split(' '); parts.length > 1 && WEAK.has(fold(parts.at(-1)!.toLowerCase())); parts = t.split(' ')) t = parts.slice(0, -1).join(' ');
    const ws = stems(t);
    if (ws.length === 0 || (ws.length === 1 && ws[0]!.length < 4) || (ws.length === 1 && WEAK.has(ws[0]!))) return;
    // One phrase per stem sequence: "SQL queries" and "SQL querying" are the same phrase.
    const key = ws.join(' ');
    if (!out.some((o) => stems(o).join(' ') === key)) out.push(t);
  };
  for (const label of [skill.statement, ...(skill.altLabels ?? [])]) {
    add(label);
    const core = label.replace(LEAD_INS, '');
    add(core);
    const noAside = core.replace(/\s*\([^)]*\)/g, '');
    add(noAside);
    // "principles and practices" tails of framework wording are dropped too.
    add(noAside.replace(/\s+(?:principles|concepts|practices|principles and practices|methods|techniques|tools)$/i, ''));
    const first = noAside.split(/\s+/);
    if (first.length >= 3 && /ing$/i.test(first[0]!)) add(first.slice(1).join(' '));
  }
  return out;
}

export interface PhraseEntry {
  skill: string;
  phrase: string;
  stems: string[];
}

/** Phrases indexed by their first stem, for a quick scan of a posting's words. */
export class PhraseIndex {
  readonly byFirst = new Map<string, PhraseEntry[]>();
  readonly all: PhraseEntry[] = [];

  constructor(skills: readonly Pick<Skill, 'id' | 'statement' | 'altLabels'>[]) {
    for (const s of skills) {
      for (const phrase of skillPhrases(s)) {
        const entry = { skill: s.id, phrase, stems: stems(phrase) };
        this.all.push(entry);
        const list = this.byFirst.get(entry.stems[0]!);
        if (list) list.push(entry);
        else this.byFirst.set(entry.stems[0]!, [entry]);
      }
    }
    // Longer phrases first, so the phrase reported for a skill is the most specific one.
    for (const list of this.byFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  }

  /** Each skill named in the stems, once, with the first phrase that matched and where (word index). */
  find(textStems: readonly string[]): Map<string, { phrase: string; at: number; length: number }> {
    const found = new Map<string, { phrase: string; at: number; length: number }>();
    for (let i = 0; i < textStems.length; i++) {
      const list = this.byFirst.get(textStems[i]!);
      if (!list) continue;
      for (const e of list) {
        if (found.has(e.skill)) continue;
        let ok = e.stems.length <= textStems.length - i;
        for (let k = 1; ok && k < e.stems.length; k++) ok = textStems[i + k] === e.stems[k];
        if (ok) found.set(e.skill, { phrase: e.phrase, at: i, length: e.stems.length });
      }
    }
    return found;
  }
}
