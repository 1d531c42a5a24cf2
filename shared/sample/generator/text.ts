import type { BloomLevel } from '../../model';
import type { Rng } from './prng';
import { BLOOM_LEVELS, BLOOM_VERBS, BLOOM_WEIGHTS, CONTEXTS, CREDENTIAL_PATTERNS, SKILL_QUALIFIERS, SKILL_VERBS, type Domain } from './words';

/** Sentence assembly from the word lists: statements that read like real curriculum text. */

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function titleCase(s: string): string {
  return s.replace(/(^|[\s-])([a-z])/g, (_m, sep: string, ch: string) => sep + ch.toUpperCase()).replace(/\b(And|Of|For|In|To|As)\b/g, (w) => w.toLowerCase());
}

/** "monitor network security controls in a regulated environment". */
export function skillStatement(rng: Rng, d: Domain): string {
  const base = `${rng.pick(SKILL_VERBS)} ${rng.pick(d.topics)}`;
  return rng.chance(0.35) ? `${base} ${rng.pick(SKILL_QUALIFIERS)}` : base;
}

export function bloomLevel(rng: Rng): BloomLevel {
  return rng.weighted(BLOOM_LEVELS, BLOOM_WEIGHTS);
}

/** "Evaluate incident response playbooks in line with current legislation." */
export function outcomeStatement(rng: Rng, d: Domain, level: BloomLevel): string {
  const verb = rng.pick(BLOOM_VERBS[level]);
  const topic = rng.pick(d.topics);
  return rng.chance(0.8) ? `${verb} ${topic} ${rng.pick(CONTEXTS)}` : `${verb} ${topic}`;
}

export function credentialTitle(rng: Rng, topic: string): string {
  return rng.pick(CREDENTIAL_PATTERNS).replace('{t}', titleCase(topic));
}

/** `min`–`max` distinct sentences from `sentences`, in random order. */
export function paragraph(rng: Rng, sentences: readonly string[], min: number, max: number): string {
  const pool = sentences.slice();
  const n = Math.min(rng.range(min, max), pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + rng.int(pool.length - i);
    const t = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = t;
  }
  return pool.slice(0, n).join(' ');
}

/** Descriptive sentences about a topic, for descriptions and rationale fields. */
export function topicSentences(d: Domain, topic: string): string[] {
  return [
    `Learners work with ${topic} drawn from real ${d.name.toLowerCase()} practice.`,
    `The focus is on ${topic} and how they are used day to day.`,
    `Employers in ${d.name.toLowerCase()} report a shortage of people confident with ${topic}.`,
    `Teaching combines short inputs, guided practice and feedback on ${topic}.`,
    `Learners leave with a piece of work on ${topic} they can show an employer.`,
    `Content is reviewed each year with the ${d.name} industry advisory group.`,
  ];
}

/** A stable hex string of `n` characters (for framework codes and URIs). */
export function hex(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'.charAt(rng.int(16));
  return s;
}
