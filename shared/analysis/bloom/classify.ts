import { BloomLevel, type Outcome } from '../../model';
import { BLOOM_VERBS, IDIOMATIC_PAIRS, NOT_ADVERBS, NOUN_LIKE, OBJECT_STARTERS, VAGUE_VERBS } from './verbs';

/** What the verb of an outcome statement says about it. */
export interface BloomClassification {
  /** The main verb (lower case, British spelling), or the vague phrase; absent when none is recognised. */
  verb?: string;
  /** Bloom levels the verb sits at, lowest first: one for a clear verb, several when ambiguous, none when unknown. For a vague verb, the level it gestures at. */
  levels: BloomLevel[];
  /** The verb names a state of mind (know, understand, be aware of…) that cannot be assessed. */
  vague?: boolean;
  /** Whole-statement rewrites for a vague verb, e.g. "Explain firewalls". */
  rewrites?: string[];
  /** Further main verbs joined to the first by "and", "or" or a comma. */
  compoundWith?: string[];
  /** The first word of the statement when it is not a recognised verb. */
  firstWord?: string;
}

const SUBJECT = '(?:the\\s+|each\\s+|every\\s+|successful\\s+|a\\s+)*(?:learners?|students?|participants?|graduates?|candidates?|trainees?|apprentices?|holders?|you|they)';
const LEAD: readonly RegExp[] = [
  /^(?:[-–•*]\s*|\(?[a-z0-9]{1,3}[.)]\s+|lo\s*\d+[a-z]?\s*[:.)–-]\s*)/i,
  new RegExp(`^(?:(?:up)?on|after|following|by the end of|at the end of|having completed)\\b[^,]*?(?:,\\s*|\\s+(?=${SUBJECT}\\b))`, 'i'),
  new RegExp(`^${SUBJECT}\\s+`, 'i'),
  /^(?:will|should|shall|must|can|could|may|are|is|to)(?:\s+|$)/i,
  /^(?:be\s+)?(?:able|expected|required)\s+to(?:\s+|$)/i,
  /^(?:(?:have|has|demonstrate|show)\s+)?(?:the|an)\s+(?:ability|capacity)\s+to(?:\s+|$)/i,
];
/** "Using industry tools, …", "Given a scenario, …": a framing phrase before the verb. */
const FRAMING = /^(?:using|with|given|in|within|for|under|through|when|working)\b[^,]{1,120},\s*/i;
const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'or', ',', ';']);
const FILLERS: ReadonlySet<string> = new Set(['and', 'or', 'then', 'also', 'subsequently', 'finally', 'to', ',']);
const VAGUE_WORDS: ReadonlySet<string> = new Set(['know', 'understand', 'appreciate', 'learn', 'comprehend', 'grasp']);

/** First words that may open a leading phrase; anything else skips the phrase patterns. */
const LEAD_STARTERS: ReadonlySet<string> = new Set(
  'on upon after following by at having the each every successful a an learner learners student students participant participants graduate graduates candidate candidates trainee trainees apprentice apprentices holder holders you they will should shall must can could may are is to be able expected required have has demonstrate show'.split(' '),
);
const FRAMING_STARTERS: ReadonlySet<string> = new Set(['using', 'with', 'given', 'in', 'within', 'for', 'under', 'through', 'when', 'working']);

function firstWordOf(t: string): string {
  return (/^[a-z]+/i.exec(t)?.[0] ?? '').toLowerCase();
}

/** Removes "On completion, learners will be able to", list markers and the like. */
export function stripLeadingPhrase(statement: string): string {
  let t = /^\s|\s$|\s\s|[\t\n\r]/.test(statement) ? statement.trim().replace(/\s+/g, ' ') : statement;
  let first = firstWordOf(t);
  if (!first || LEAD_STARTERS.has(first) || /^lo\d/i.test(t)) {
    for (let changed = true; changed; ) {
      changed = false;
      for (const re of LEAD) {
        const m = re.exec(t);
        if (m && m[0].length) {
          t = t.slice(m[0].length);
          changed = true;
        }
      }
    }
    first = firstWordOf(t);
  }
  if (FRAMING_STARTERS.has(first)) {
    const framed = FRAMING.exec(t);
    if (framed) {
      const rest = t.slice(framed[0].length);
      if (lookup(firstWordOf(rest)) || VAGUE_VERBS.some((v) => v.pattern.test(rest))) t = rest;
    }
  }
  return first.endsWith('ly') ? stripAdverbs(t) : t;
}

function stripAdverbs(t: string): string {
  for (;;) {
    const m = /^([a-z]+ly)\s+/i.exec(t);
    const word = m?.[1]?.toLowerCase();
    if (!m || !word || NOT_ADVERBS.has(word) || BLOOM_VERBS.has(word)) return t;
    t = t.slice(m[0].length);
  }
}

function firstWords(t: string): string[] {
  return t.toLowerCase().match(/[a-z][a-z'’-]*|[,;]/g) ?? [];
}

/** Statements with no "and", "or", comma or semicolon cannot be compound: two words suffice. */
const MAY_JOIN = /[,;]|\band\b|\bor\b/i;
const FIRST_TWO = /^[^a-z]*([a-z][a-z'’-]*)(?:[^a-z,;]+([a-z][a-z'’-]*))?/;

function leadingWords(t: string): string[] {
  if (MAY_JOIN.test(t)) return firstWords(t);
  const m = FIRST_TWO.exec(t.toLowerCase());
  if (!m) return [];
  return m[2] ? [m[1]!, m[2]] : [m[1]!];
}

/** The table entry for a word: exact, or with `-ize`/`-yze` folded to British spelling. */
function lookup(word: string): { verb: string; levels: readonly BloomLevel[] } | undefined {
  const hit = BLOOM_VERBS.get(word);
  if (hit) return { verb: word, levels: hit };
  if (!/ze$|’/.test(word)) return undefined;
  const folded = word.replace(/’/g, "'").replace(/yze$/, 'yse').replace(/ize$/, 'ise');
  const f = BLOOM_VERBS.get(folded);
  return f ? { verb: folded, levels: f } : undefined;
}

/** First words of the multi-word verbs ("carry out", "set up"). */
const TWO_WORD_HEADS: ReadonlySet<string> = new Set([...BLOOM_VERBS.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!));
/** First words of the vague phrases, so most statements skip those patterns. */
const VAGUE_HEADS: ReadonlySet<string> = new Set(
  'have gain develop demonstrate show acquire possess be become get recognise recognize learn know understand comprehend grasp appreciate realise realize believe'.split(' '),
);

/** A third-person form ("describes", "identifies", "analyses") of a table verb. */
function lookupThirdPerson(word: string): ReturnType<typeof lookup> {
  if (!word.endsWith('s')) return undefined;
  const stems = word.endsWith('ies') ? [`${word.slice(0, -3)}y`] : [word.slice(0, -1), word.slice(0, -2)];
  for (const s of stems) {
    const hit = lookup(s);
    if (hit) return hit;
  }
  return undefined;
}

/** A verb (one or two words) starting at `tokens[i]`, and how many tokens it spans. */
function verbAt(tokens: readonly string[], i: number, thirdPerson: boolean): { verb: string; levels: readonly BloomLevel[]; span: number } | undefined {
  const w = tokens[i];
  if (!w) return undefined;
  const next = tokens[i + 1];
  if (next && TWO_WORD_HEADS.has(w)) {
    const two = lookup(`${w} ${next}`);
    if (two) return { ...two, span: 2 };
  }
  const one = lookup(w) ?? (thirdPerson ? lookupThirdPerson(w) : undefined);
  return one ? { ...one, span: 1 } : undefined;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function vagueClassification(body: string): BloomClassification | undefined {
  if (!VAGUE_HEADS.has(firstWordOf(body))) return undefined;
  for (const vv of VAGUE_VERBS) {
    const m = vv.pattern.exec(body);
    if (!m) continue;
    const rest = body.slice(m[0].length).trim();
    const howTo = /^how\s+to\s+(.+)$/i.exec(rest);
    const rewrites = howTo?.[1] ? [capitalise(howTo[1])] : vv.rewrites.map((r) => capitalise(rest ? `${r} ${rest}` : r));
    return { verb: m[0].toLowerCase().replace(/\s+/g, ' '), levels: [vv.level], vague: true, rewrites };
  }
  return undefined;
}

/** Second main verbs: a verb right after "and", "or" or a comma, that is not a noun in context. */
function compoundVerbs(tokens: readonly string[], start: number, main: string, thirdPerson: boolean): string[] {
  const found: string[] = [];
  for (let i = start; i < tokens.length; i++) {
    if (!CONJUNCTIONS.has(tokens[i]!)) continue;
    let k = i + 1;
    while (k < tokens.length && (FILLERS.has(tokens[k]!) || isAdverb(tokens[k]!))) k++;
    const w = tokens[k];
    if (!w) break;
    if (tokens[i] === 'and' && k === i + 1 && IDIOMATIC_PAIRS.has(`${main} and ${w}`)) continue;
    const hit = verbAt(tokens, k, thirdPerson);
    const name = hit?.verb ?? (VAGUE_WORDS.has(w) ? w : undefined);
    if (!name) continue;
    const after = tokens[k + (hit?.span ?? 1)];
    if (after === 'of') continue;
    if (NOUN_LIKE.has(name) && after !== undefined && !OBJECT_STARTERS.has(after)) continue;
    if (name !== main && !found.includes(name)) found.push(name);
  }
  return found;
}

function isAdverb(w: string): boolean {
  return w.length > 4 && w.endsWith('ly') && !NOT_ADVERBS.has(w) && !BLOOM_VERBS.has(w);
}

/**
 * Classifies an outcome statement by its main verb. Leading phrases ("On completion,
 * learners will be able to", "Learners can", "LO3:") and adverbs ("critically") are
 * skipped; `-ize` spellings and third-person forms are recognised. Pure and fast enough to
 * run on every keystroke.
 */
export function classifyOutcome(statement: string): BloomClassification {
  const body = stripLeadingPhrase(statement);
  const vague = vagueClassification(body);
  const tokens = leadingWords(body);
  if (vague) {
    const rest = tokens.slice(vague.verb!.split(' ').length);
    const compound = compoundVerbs(rest, 0, vague.verb!, false);
    return compound.length ? { ...vague, compoundWith: compound } : vague;
  }
  const first = tokens[0];
  if (!first) return { levels: [] };
  const third = !lookup(first) && lookupThirdPerson(first) !== undefined;
  const main = verbAt(tokens, 0, third);
  if (!main) return { levels: [], firstWord: first };
  const compound = compoundVerbs(tokens, main.span, main.verb, third);
  return { verb: main.verb, levels: [...main.levels], ...(compound.length ? { compoundWith: compound } : {}) };
}

const ORDER: Readonly<Record<BloomLevel, number>> = Object.fromEntries(BloomLevel.options.map((l, i) => [l, i])) as Record<BloomLevel, number>;

/** Position of a level in the taxonomy, 0 (remember) to 5 (create). */
export function bloomRank(level: BloomLevel): number {
  return ORDER[level];
}

/**
 * The level an outcome is taught at: the designer's override, else the verb's level when
 * it has exactly one. Undefined when the verb is unknown or ambiguous and not overridden.
 */
export function bloomLevelOf(outcome: Pick<Outcome, 'statement' | 'bloomOverride'>, classification = classifyOutcome(outcome.statement)): BloomLevel | undefined {
  if (outcome.bloomOverride) return outcome.bloomOverride;
  return classification.levels.length === 1 ? classification.levels[0] : undefined;
}

/** The highest level an outcome may be at: the override, else the highest candidate of its verb. */
export function highestBloomLevel(outcome: Pick<Outcome, 'bloomOverride'>, classification: BloomClassification): BloomLevel | undefined {
  if (outcome.bloomOverride) return outcome.bloomOverride;
  return classification.levels.at(-1);
}
