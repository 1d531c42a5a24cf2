import { migration001 } from './001-credits-with-unit';
import { migration002 } from './002-review-cycle';
import { migration003 } from './003-skills-intelligence';
import type { Migration } from './types';

/** Every format step, in order. Contiguous from version 1: checked by `checkRegistry`. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003];

/** The oldest schemaVersion this build can read. */
export const OLDEST_VERSION = 1;

/** Throws if the registry has a gap or a duplicate — a bug, caught by the unit tests. */
export function checkRegistry(migrations: readonly Migration[], current: number): void {
  migrations.forEach((m, i) => {
    if (m.from !== OLDEST_VERSION + i) throw new Error(`migration ${i + 1} (${m.name}) starts at ${m.from}, expected ${OLDEST_VERSION + i}`);
  });
  if (OLDEST_VERSION + migrations.length !== current) {
    throw new Error(`migrations end at version ${OLDEST_VERSION + migrations.length} but the current version is ${current}`);
  }
}

export type { Migration, RawObject } from './types';
export { isRawObject } from './types';
