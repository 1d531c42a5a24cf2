import type { Migration, RawObject } from './types';

/**
 * Version 4 brings skills intelligence: a skill's alternative labels, the framework release
 * it came from and a pending framework update; fuller labour-market evidence (postings
 * searched, period, region); and the skills an outcome was said not to address. All are
 * optional fields, so a version-3 map is a valid version-4 map as it is.
 */
export const migration003: Migration = {
  from: 3,
  name: 'skills-intelligence',
  migrate(doc: RawObject): RawObject {
    return { ...doc, schemaVersion: 4 };
  },
};
