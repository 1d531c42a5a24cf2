import { porterStem } from './stem';

/**
 * Text → terms. Lower case, letters and digits only (accents folded), English stop words
 * and the filler of framework statements ("Skill in performing …", "Knowledge of …",
 * "the learner will be able to …") dropped, British and American spellings met ("analyse"
 * and "analyze", "organisation" and "organization"), a few irregular nouns taken to their
 * verb ("analysis" → "analyse"), then the Porter stem. Each term keeps the first word it
 * came from, for the "why" a designer reads.
 */

const STOP = new Set(
  (
    'a about above across after again against all also am an and any are as at be been before being below between both but by can could did do does doing down during each either etc few for from further had has have having he her here hers him his how i if in into is it its itself just least less like many may me might more most much must my no nor not now of off on once only or other our out over own per same shall she should so some such than that the their them then there these they this those through to too under until up upon very via was we were what when where whether which while who whom why will with within without would you your ' +
    // Filler of outcome and framework statements: says nothing about which skill is meant.
    'able ability abilities learner learners student students skill skills knowledge knowing know understanding understand perform performing competence competent given e g eg ie using use used including include includes includ one two three four five six seven eight nine ten each every least appropriate relevant various related basic key new simulated well ' +
    // Halves of hyphenated words that name no skill: "evidence-based", "non-conformance".
    'based non'
  ).split(/\s+/),
);

/** "analyze" → "analyse", "organization" → "organisation": one spelling before stemming. */
export function britishSpelling(word: string): string {
  return word.replace(/([iy])z(e|es|ed|ing|ation|ations|er|ers)$/, '$1s$2');
}

/** Nouns the stemmer would leave apart from their verb. */
const IRREGULAR: Readonly<Record<string, string>> = {
  analysis: 'analyse',
  analyses: 'analyse',
  diagnosis: 'diagnose',
  diagnoses: 'diagnose',
  synthesis: 'synthesise',
  hypothesis: 'hypothesise',
  hypotheses: 'hypothesise',
  criteria: 'criterion',
  data: 'data',
  media: 'media',
  children: 'child',
  people: 'person',
};

const stemCache = new Map<string, string>();

/** The term a single lower-case word becomes, or '' for a stop word. */
export function termOf(word: string): string {
  if (STOP.has(word)) return '';
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const lemma = IRREGULAR[word] ?? britishSpelling(word);
  const term = porterStem(lemma);
  if (stemCache.size < 50_000) stemCache.set(word, term);
  return term;
}

/** The words of a text: lower case, accents folded, letters and digits (pure numbers dropped). */
export function words(text: string): string[] {
  const ascii = /^[\x20-\x7e]*$/.test(text);
  const folded = (ascii ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .toLowerCase()
    .replace(/['’]s\b/g, '');
  const out: string[] = [];
  for (const w of folded.split(ascii ? /[^a-z0-9]+/ : /[^\p{L}\p{N}]+/u)) {
    if (w.length < 2 || /^\p{N}+$/u.test(w)) continue;
    out.push(w);
  }
  return out;
}

/** One term of a text with the word it was first seen as. */
export interface Term {
  term: string;
  word: string;
}

/** The stemmed terms of a text, in order, stop words dropped. */
export function terms(text: string): Term[] {
  const out: Term[] = [];
  for (const word of words(text)) {
    const term = termOf(word);
    if (term) out.push({ term, word });
  }
  return out;
}

/** The plain tokens of a text for the TF-IDF baseline: the same words and stop words, no stemming. */
export function plainTokens(text: string): string[] {
  return words(text).filter((w) => !STOP.has(w));
}
