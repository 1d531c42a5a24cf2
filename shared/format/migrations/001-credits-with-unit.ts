import { isRawObject, type Migration, type RawObject } from './types';

/**
 * Version 1 stored a credential's credits as two fields, `creditValue` and `creditUnit`,
 * and a program's total as a bare number in the map's unit. Version 2 keeps the value and
 * its unit together (`credits: { value, unit }`) so that no number is ever read in the
 * wrong unit.
 */
export const migration001: Migration = {
  from: 1,
  name: 'credits-with-unit',
  migrate(doc: RawObject): RawObject {
    const settings = isRawObject(doc.settings) ? doc.settings : {};
    const mapUnit = typeof settings.creditUnit === 'string' ? settings.creditUnit : 'other';
    const entities = isRawObject(doc.entities) ? doc.entities : {};
    const migrated: RawObject = {};
    for (const [id, value] of Object.entries(entities)) {
      migrated[id] = isRawObject(value) ? migrateEntity(value, mapUnit) : value;
    }
    return { ...doc, schemaVersion: 2, entities: migrated };
  },
};

function migrateEntity(e: RawObject, mapUnit: string): RawObject {
  if (e.kind === 'credential' && ('creditValue' in e || 'creditUnit' in e)) {
    const { creditValue, creditUnit, ...rest } = e;
    return typeof creditValue === 'number' ? { ...rest, credits: { value: creditValue, unit: creditUnit ?? mapUnit } } : rest;
  }
  if (e.kind === 'program' && typeof e.totalCredits === 'number') {
    return { ...e, totalCredits: { value: e.totalCredits, unit: mapUnit } };
  }
  return e;
}
