import { carriedRecordIds } from '../format/carry';
import { COLLECTIONS, jsonEqual, type Carried, type McredDocument, type Stamp } from '../model';
import { compareJson } from './values';

type Field = Carried['fields'][number];
const COLLECTION_NAMES: ReadonlySet<string> = new Set(COLLECTIONS);

/**
 * What newer apps wrote into either copy, united: each carried key takes the value with
 * the later change stamp of that field (the newer app stamps its fields like ours), else
 * the same pick both ways. The newest format version and its promise win. Commutative,
 * associative and idempotent, like the rest of the join.
 */
export function joinCarried(a: McredDocument, b: McredDocument): Carried | undefined {
  const ca = a.carried;
  const cb = b.carried;
  if (!ca || !cb) return ca ?? cb;
  if (ca === cb) return ca;
  const fields = new Map<string, Field>();
  for (const f of ca.fields) fields.set(keyOf(f), f);
  for (const f of cb.fields) {
    const k = keyOf(f);
    const mine = fields.get(k);
    if (!mine || (!jsonEqual(mine.value, f.value) && laterIn(b, a, f, mine))) fields.set(k, f);
  }
  const newer = ca.schemaVersion > cb.schemaVersion || (ca.schemaVersion === cb.schemaVersion && ca.readableFrom >= cb.readableFrom) ? ca : cb;
  return { schemaVersion: newer.schemaVersion, readableFrom: newer.readableFrom, fields: [...fields.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([, f]) => f) };
}

const keyOf = (f: Field) => JSON.stringify([f.at, f.key]);

/** Whether `f` (from `docF`) should win over `g` (from `docG`): by the field's stamp, else by value. */
function laterIn(docF: McredDocument, docG: McredDocument, f: Field, g: Field): boolean {
  const sf = stampOf(docF, f);
  const sg = stampOf(docG, g);
  if (sf !== sg && sf !== undefined && sg !== undefined) return sf > sg;
  if (sf !== sg) return sf !== undefined;
  return compareJson(f.value, g.value) > 0;
}

/** The change stamp of a carried field of a record (`entities.sk_1.newField`), if any. */
function stampOf(doc: McredDocument, f: Field): string | undefined {
  const [collection, id] = f.at;
  if (f.at.length !== 2 || typeof collection !== 'string' || !COLLECTION_NAMES.has(collection) || typeof id !== 'string') return undefined;
  return doc.meta.stamps[id]?.[f.key];
}

/** The change stamps of records in collections a newer app added: field by field, the later stamp. */
export function joinCarriedStamps(a: McredDocument, b: McredDocument, carried: Carried, into: Record<string, Readonly<Record<string, Stamp>>>): void {
  for (const id of carriedRecordIds(carried)) {
    const sa = a.meta.stamps[id];
    const sb = b.meta.stamps[id];
    if (!sa || !sb) {
      const one = sa ?? sb;
      if (one) into[id] = one;
      continue;
    }
    const joined: Record<string, Stamp> = { ...sa };
    for (const [field, stamp] of Object.entries(sb)) if (joined[field] === undefined || stamp > joined[field]) joined[field] = stamp;
    into[id] = joined;
  }
}
