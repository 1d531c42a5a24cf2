import type { z } from 'zod';
import { applyCommand, type CommandRefusal } from '../../shared/commands';
import { ENTITY_SCHEMAS, SETTINGS_RECORD, Settings, type McredDocument, type Stamp } from '../../shared/model';

/**
 * What a VALUE on the command line may mean, in the order tried: "" and `null` clear the
 * field; otherwise the text as it is, then the text read as JSON (numbers, true/false,
 * arrays, objects such as {"value":12,"unit":"ects"}).
 */
export function valueCandidates(raw: string): unknown[] {
  if (raw === '' || raw === 'null') return [null];
  const candidates: unknown[] = [raw];
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed !== raw) candidates.push(parsed);
  } catch {
    /* not JSON: the text is the only reading */
  }
  return candidates;
}

function fieldSchema(doc: McredDocument, id: string, field: string): z.ZodType | undefined {
  const shape: Record<string, z.ZodType | undefined> =
    id === SETTINGS_RECORD ? Settings.shape : doc.entities[id] ? ENTITY_SCHEMAS[doc.entities[id].kind].shape : {};
  return Object.prototype.hasOwnProperty.call(shape, field) ? shape[field] : undefined;
}

/** False when `value` is the wrong kind of thing for the field (a string for a number, …). */
function typeFits(schema: z.ZodType | undefined, value: unknown): boolean {
  if (!schema) return true;
  const r = schema.safeParse(value);
  const issue = r.success ? undefined : r.error.issues[0];
  return !(issue && issue.code === 'invalid_type' && issue.path.length === 0);
}

export type SetResult = { ok: true; doc: McredDocument; value: unknown; changed: boolean } | { ok: false; refusal: CommandRefusal };

/**
 * Sets one field of an entity (or of the settings, when `id` is `map`) through the
 * commands, trying each reading of `raw` until one is accepted. When none is, the refusal
 * shown is the one for a reading of the right type, since that message says what is wrong.
 */
export function setField(doc: McredDocument, id: string, field: string, raw: string, stamp: Stamp): SetResult {
  const refusals: { value: unknown; refusal: CommandRefusal }[] = [];
  for (const value of valueCandidates(raw)) {
    const changes = { [field]: value };
    const call = id === SETTINGS_RECORD ? { name: 'settings.update', payload: { changes } } : { name: 'entity.update', payload: { id, changes } };
    const result = applyCommand(doc, call, { stamp });
    if (result.ok) return { ok: true, doc: result.doc, value, changed: result.patches.length > 0 };
    refusals.push({ value, refusal: result.refusal });
  }
  const schema = fieldSchema(doc, id, field);
  const best = refusals.find((r) => typeFits(schema, r.value)) ?? refusals[0]!;
  if (best.value === null && best.refusal.code === 'invalid-value' && schema && !schema.safeParse(undefined).success) {
    return { ok: false, refusal: { code: 'invalid-value', message: `"${field}" is required and cannot be cleared`, field } };
  }
  return { ok: false, refusal: best.refusal };
}
