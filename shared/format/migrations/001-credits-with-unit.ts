import { isRawObject, type Migration, type RawObject } from './types';

/**
 * Version 1 stored a credential's credits as two fields, `creditValue` and `creditUnit`,
 * and a program's total as a bare number in the map's unit. Version 2 keeps the value and
 * its unit together (`credits: { value, unit }`) so that no number is ever read in the
 * wrong unit. Named revisions hold entities too and are upgraded the same way, and the
 * change stamps of the old fields move to the new one so merges still know who set it.
 */
export const migration001: Migration = {
  from: 1,
  name: 'credits-with-unit',
  migrate(doc: RawObject): RawObject {
    const settings = isRawObject(doc.settings) ? doc.settings : {};
    const mapUnit = typeof settings.creditUnit === 'string' ? settings.creditUnit : 'other';
    const out: RawObject = { ...doc, schemaVersion: 2, entities: migrateEntities(doc.entities, mapUnit) };
    if (isRawObject(doc.revisions)) {
      const revisions: RawObject = {};
      for (const [id, r] of Object.entries(doc.revisions)) {
        revisions[id] = isRawObject(r) && isRawObject(r.snapshot) ? { ...r, snapshot: { ...r.snapshot, entities: migrateEntities(r.snapshot.entities, mapUnit) } } : r;
      }
      out.revisions = revisions;
    }
    if (isRawObject(doc.meta) && isRawObject(doc.meta.stamps)) {
      const stamps: RawObject = {};
      for (const [id, fields] of Object.entries(doc.meta.stamps)) stamps[id] = isRawObject(fields) ? migrateStamps(fields) : fields;
      out.meta = { ...doc.meta, stamps };
    }
    return out;
  },
};

function migrateEntities(entities: unknown, mapUnit: string): unknown {
  if (!isRawObject(entities)) return entities;
  const migrated: RawObject = {};
  for (const [id, value] of Object.entries(entities)) migrated[id] = isRawObject(value) ? migrateEntity(id, value, mapUnit) : value;
  return migrated;
}

function toNumber(value: unknown, where: string): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  throw new Error(`${where} has the credit value ${JSON.stringify(value)}, which is not a number`);
}

function migrateEntity(id: string, e: RawObject, mapUnit: string): RawObject {
  if (e.kind === 'credential' && ('creditValue' in e || 'creditUnit' in e)) {
    const { creditValue, creditUnit, ...rest } = e;
    if (creditValue === undefined || creditValue === null) return rest;
    return { ...rest, credits: { value: toNumber(creditValue, `credential "${id}"`), unit: creditUnit ?? mapUnit } };
  }
  if (e.kind === 'program' && e.totalCredits !== undefined && !isRawObject(e.totalCredits)) {
    return { ...e, totalCredits: { value: toNumber(e.totalCredits, `program "${id}"`), unit: mapUnit } };
  }
  return e;
}

/** The later of the two old stamps becomes the stamp of `credits`. */
function migrateStamps(fields: RawObject): RawObject {
  if (!('creditValue' in fields) && !('creditUnit' in fields)) return fields;
  const { creditValue, creditUnit, ...rest } = fields;
  const candidates = [creditValue, creditUnit, rest.credits].filter((s): s is string => typeof s === 'string').sort();
  const latest = candidates[candidates.length - 1];
  return latest === undefined ? rest : { ...rest, credits: latest };
}
