import { makeId, type Id } from '../../../../shared/model';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A uniform random number in [0, 1) from the platform's CSPRNG (Math.random is not). */
export function secureRandom(): number {
  const words = new Uint32Array(1);
  crypto.getRandomValues(words);
  return (words[0] ?? 0) / 2 ** 32;
}

/**
 * Identifies this editing session in change stamps: eight characters of [a-z0-9]. Fresh
 * per window, so two windows (or two machines) editing the same map never share a clock.
 */
export function makeReplicaId(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  let id = '';
  for (const b of bytes) id += ALPHABET[b % ALPHABET.length];
  return id;
}

/** A new person id for the user, the first time they tell us who they are. */
export function makePersonId(): Id {
  return makeId('person', secureRandom);
}
