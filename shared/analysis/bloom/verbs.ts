import type { BloomLevel } from '../../model';

/**
 * Action verbs by level of Bloom's revised taxonomy (Anderson & Krathwohl, 2001).
 *
 * The product's lists (PRODUCT.md, "Learning-outcome quality rules") come first and decide
 * a verb's main level; the extras are the verbs curriculum designers commonly use, placed
 * where Anderson & Krathwohl's cognitive processes put them (e.g. `monitor`, `detect` and
 * `test` are "checking", an Evaluate process; `organise` is Analyse). A verb that common
 * published lists place at more than one level carries every level, lowest first; the
 * classifier reports it as ambiguous so the designer can confirm the level. Keys use
 * British spelling; `-ize`/`-yze` spellings are folded onto them.
 */
const R: BloomLevel = 'remember';
const U: BloomLevel = 'understand';
const AP: BloomLevel = 'apply';
const AN: BloomLevel = 'analyse';
const EV: BloomLevel = 'evaluate';
const CR: BloomLevel = 'create';

const single = (level: BloomLevel, verbs: string) => verbs.split(/\s*,\s*/).map((v) => [v, [level]] as const);

export const BLOOM_VERBS: ReadonlyMap<string, readonly BloomLevel[]> = new Map<string, readonly BloomLevel[]>([
  // PRODUCT.md lists.
  ...single(R, 'define, list, recall, name, state'),
  ...single(U, 'explain, summarise'),
  ...single(AP, 'apply, calculate, implement, solve, use, configure'),
  ...single(AN, 'analyse, differentiate, compare, infer, prioritise'),
  ...single(EV, 'appraise, critique, judge, justify'),
  ...single(CR, 'design, construct, formulate, compose, propose, develop'),
  // Listed at one level by the product, placed at another too by common lists.
  ['classify', [U, AN]],
  ['interpret', [U, AN]],
  ['assess', [AN, EV]],
  // Common extras.
  ...single(R, 'identify, recognise, label, match, memorise, record, repeat, reproduce, retrieve, locate, quote, cite, enumerate, tabulate'),
  ...single(U, 'describe, discuss, paraphrase, illustrate, exemplify, outline, report, translate, restate, clarify, predict, express, review, relate, contextualise'),
  ...single(
    AP,
    'demonstrate, execute, perform, operate, employ, utilise, compute, administer, install, deploy, document, conduct, practise, practice, manipulate, modify, maintain, manage, handle, carry out, set up, program, code, secure, harden, patch, mitigate, communicate, measure, estimate, prepare, schedule, complete, follow, present, respond, resolve, collect, gather, show, provision, navigate, process, sketch, adapt, comply, multiply, convert, encrypt, backup, back up, remediate, contain, enforce, protect, lead',
  ),
  ['troubleshoot', [AP, AN]],
  ['debug', [AP, AN]],
  ['build', [AP, CR]],
  ['write', [AP, CR]],
  ['select', [AP, EV]],
  ['choose', [AP, EV]],
  ...single(AN, 'examine, investigate, distinguish, contrast, deconstruct, diagnose, organise, attribute, categorise, break down, dissect, correlate, map, trace, triage, model, scrutinise, audit'),
  ...single(EV, 'evaluate, monitor, detect, test, check, verify, validate, defend, argue, recommend, criticise, rate, rank, weigh, decide, conclude, benchmark, moderate'),
  ...single(CR, 'create, plan, produce, generate, devise, invent, author, synthesise, hypothesise, architect, prototype, compile, assemble, integrate, reorganise, engineer, orchestrate, automate, establish'),
]);

/**
 * Vague verbs: they name a state of mind, not something a learner does that an assessor
 * can see. Each carries the level it gestures at (for display only) and measurable verbs
 * to rewrite it with. Longer phrases are listed before the words they start with.
 */
export interface VagueVerb {
  /** Matches at the start of the statement (after any "Learners will be able to"). */
  readonly pattern: RegExp;
  readonly level: BloomLevel;
  readonly rewrites: readonly [string, string];
}

const KNOWLEDGE_NOUN = '(?:a\\s+|an\\s+)?(?:good\\s+|basic\\s+|sound\\s+|solid\\s+|thorough\\s+|clear\\s+|deep\\s+|broad\\s+|critical\\s+|working\\s+|general\\s+)?';
const v = (pattern: string, level: BloomLevel, rewrites: readonly [string, string]): VagueVerb => ({
  pattern: new RegExp(`^${pattern}(?![a-z])`, 'i'),
  level,
  rewrites,
});

export const VAGUE_VERBS: readonly VagueVerb[] = [
  v(`(?:have|gain|develop|demonstrate|show|acquire|possess)\\s+${KNOWLEDGE_NOUN}understanding\\s+(?:of|about)`, U, ['explain', 'describe']),
  v(`(?:have|gain|develop|demonstrate|show|acquire|possess)\\s+${KNOWLEDGE_NOUN}knowledge\\s+(?:of|about)`, R, ['identify', 'describe']),
  v(`(?:have|gain|develop|demonstrate|show|acquire)\\s+${KNOWLEDGE_NOUN}(?:awareness|familiarity)\\s+(?:of|with)`, R, ['identify', 'describe']),
  v(`(?:have|gain|develop|demonstrate|show)\\s+${KNOWLEDGE_NOUN}appreciation\\s+(?:of|for)`, U, ['explain', 'justify']),
  v('(?:be(?:come)?|get)\\s+familiar(?:ised|ized)?\\s+with', R, ['describe', 'identify']),
  v('(?:be(?:come)?)\\s+aware\\s+(?:of|that)', R, ['identify', 'describe']),
  v('(?:be(?:come)?)\\s+acquainted\\s+with', R, ['describe', 'identify']),
  v('(?:be(?:come)?)\\s+exposed\\s+to', R, ['describe', 'identify']),
  v('(?:be(?:come)?)\\s+conversant\\s+with', R, ['describe', 'explain']),
  v('recogni[sz]e\\s+the\\s+(?:importance|value|significance|role)\\s+of', U, ['explain the importance of', 'justify the use of']),
  v('learn\\s+(?:about|of)', U, ['describe', 'explain']),
  v('learn', U, ['describe', 'explain']),
  v('know', R, ['identify', 'state']),
  v('understand', U, ['explain', 'describe']),
  v('comprehend', U, ['explain', 'describe']),
  v('grasp', U, ['explain', 'describe']),
  v('appreciate', U, ['explain', 'justify']),
  v('realise', U, ['explain', 'describe']),
  v('believe', U, ['justify', 'argue']),
];

/**
 * Verbs that are just as often nouns ("the design of", "test coverage", "state machines").
 * After "and"/"or"/a comma they count as a second main verb only when an object clearly
 * follows (a determiner, a pronoun, a wh-word) or the statement ends.
 */
export const NOUN_LIKE: ReadonlySet<string> = new Set(
  'design, use, plan, test, report, record, state, name, list, model, review, document, monitor, check, audit, map, match, label, process, program, code, sketch, outline, patch, backup, schedule, present, trace, attribute, rank, rate, benchmark, contrast, quote, practice, lead, build, estimate, measure, protect, contain, compile'.split(', '),
);

/** Words that may follow a verb as the start of its object. */
export const OBJECT_STARTERS: ReadonlySet<string> = new Set(
  'the, a, an, their, its, his, her, your, our, my, this, these, those, that, each, every, all, any, some, one, two, three, multiple, several, appropriate, relevant, suitable, key, common, basic, simple, new, existing, effective, how, what, why, when, where, whether, which, who, them, it'.split(', '),
);

/** Words ending in -ly that are not adverbs (kept when stripping "critically", "safely", …). */
export const NOT_ADVERBS: ReadonlySet<string> = new Set(['apply', 'supply', 'comply', 'multiply', 'rely', 'reply', 'ally', 'tally', 'rally', 'fly', 'only']);

/** Pairs that name one skill and are not compound outcomes. */
export const IDIOMATIC_PAIRS: ReadonlySet<string> = new Set(['compare and contrast']);
