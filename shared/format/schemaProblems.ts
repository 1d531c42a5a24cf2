import type { core, z } from 'zod';
import { compileFastCheck, type FastCheck } from './fastValidate';
import { isRawObject } from './migrations/types';

type Issue = core.$ZodIssue;
type Schema = z.ZodType;
interface Def {
  type: string;
  shape?: Record<string, Schema>;
  keyType?: Schema;
  valueType?: Schema;
}

const defOf = (schema: Schema) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** A collection of records (`entities`, `meta.stamps`, …) inside the document, checked record by record. */
interface Part {
  schema: Schema;
  value: Record<string, unknown>;
  path: (string | number)[];
}

/**
 * The schema problems of a document that failed the fast check, listing at most `limit`.
 * zod collects every issue of a whole document, which for a big map broken everywhere
 * means hundreds of thousands of objects and half a minute. Here zod sees the document's
 * frame (its records left out) and then only the records the fast check refuses, until
 * `limit` issues are in hand; past that, failing records are only counted, so `more` is a
 * lower bound (a record may have several problems).
 */
export function schemaIssues(schema: Schema, value: unknown, limit: number): { issues: Issue[]; more: number } {
  if (!isRawObject(value) || defOf(schema).type !== 'object') return capped(schema.safeParse(value).error?.issues ?? [], limit);
  const parts: Part[] = [];
  const frame = frameOf(schema, value, [], parts);
  const issues: Issue[] = [...(schema.safeParse(frame).error?.issues ?? [])];
  let more = Math.max(0, issues.length - limit);
  issues.length = Math.min(issues.length, limit);
  for (const part of parts) {
    const { keyType, valueType } = defOf(part.schema);
    const keyOk = fastCheckOf(keyType!);
    const valueOk = fastCheckOf(valueType!);
    for (const k in part.value) {
      const v = part.value[k];
      if (keyOk(k) && valueOk(v)) continue;
      if (issues.length >= limit) {
        more++;
        continue;
      }
      const found = part.schema.safeParse({ [k]: v }).error?.issues ?? [];
      for (const issue of found) {
        if (issues.length < limit) issues.push({ ...issue, path: [...part.path, ...issue.path] });
        else more++;
      }
    }
  }
  return { issues, more };
}

/** The object with each of its record collections emptied (and noted in `parts`), nested objects likewise. */
function frameOf(schema: Schema, value: Record<string, unknown>, path: (string | number)[], parts: Part[]): Record<string, unknown> {
  const frame = { ...value };
  for (const [key, sub] of Object.entries(defOf(schema).shape ?? {})) {
    const v = value[key];
    if (!isRawObject(v)) continue;
    const type = defOf(sub).type;
    if (type === 'record') {
      frame[key] = {};
      parts.push({ schema: sub, value: v, path: [...path, key] });
    } else if (type === 'object') frame[key] = frameOf(sub, v, [...path, key], parts);
  }
  return frame;
}

const compiled = new WeakMap<Schema, FastCheck>();
function fastCheckOf(schema: Schema): FastCheck {
  let check = compiled.get(schema);
  if (!check) compiled.set(schema, (check = compileFastCheck(schema)));
  return check;
}

function capped(issues: Issue[], limit: number): { issues: Issue[]; more: number } {
  return { issues: issues.slice(0, limit), more: Math.max(0, issues.length - limit) };
}
