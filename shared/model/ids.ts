import { z } from 'zod';

/**
 * Record ids are short prefixed random strings (`sk_3f9a…`). They always start with a
 * lower-case letter and contain an underscore, so they are never integer-like (which
 * would change JSON key order) and never collide with the reserved record name `map`.
 */
export const ID_PATTERN = /^[a-z][a-z0-9]{0,11}_[A-Za-z0-9_-]{1,64}$/;

/** Keys that must never reach a live object: they would touch the prototype chain. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export const Id = z.string().regex(ID_PATTERN, 'is not a valid id (expected a prefix, an underscore and letters or digits)');
export type Id = z.infer<typeof Id>;

/** Id prefixes by record type; the prefix only helps a human reading the file. */
export const ID_PREFIX = {
  skill: 'sk',
  outcome: 'lo',
  assessment: 'as',
  activity: 'ac',
  credential: 'mc',
  program: 'pg',
  link: 'ln',
  person: 'pe',
  comment: 'cm',
  endorsement: 'en',
  revision: 'rv',
  save: 'sv',
  review: 'rw',
  proposal: 'pr',
  approval: 'ap',
  map: 'map',
} as const;
export type IdKind = keyof typeof ID_PREFIX;

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * Makes a new id from a source of randomness (passed in so that callers in tests and
 * generators stay deterministic). 12 base-36 characters ≈ 62 bits.
 */
export function makeId(kind: IdKind, random: () => number): Id {
  let s = '';
  for (let i = 0; i < 12; i++) s += ALPHABET[Math.floor(random() * 36) % 36];
  return `${ID_PREFIX[kind]}_${s}`;
}

/** The record name under which map-level settings are stamped. */
export const SETTINGS_RECORD = 'map';
