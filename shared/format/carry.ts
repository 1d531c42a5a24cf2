import type { z } from 'zod';
import type { Carried } from '../model';

/**
 * Files from a newer app (see CONTEXT.md, "Files from a newer app"): the keys this version's
 * schema does not know are lifted out before validation and put back, unchanged, when the
 * map is written. Only keys are carried — a newer value of a known field (a new enum
 * member, say) still fails validation, with the usual message.
 */
export type CarriedField = Carried['fields'][number];
type Path = CarriedField['at'];
type Plain = Record<string, unknown>;

interface Def {
  type: string;
  [key: string]: unknown;
}

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const isPlain = (v: unknown): v is Plain => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Removes from `value` (owned by the caller, mutated) every key that `schema` does not
 * know, at any depth the schema describes, and returns them in document order.
 */
export function liftUnknownFields(value: unknown, schema: z.ZodType): CarriedField[] {
  const out: CarriedField[] = [];
  lift(value, schema, [], out);
  return out;
}

function lift(value: unknown, schema: unknown, at: Path, out: CarriedField[]): void {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return lift(value, def.innerType, at, out);
    case 'pipe':
      return lift(value, def.in, at, out);
    case 'lazy':
      return lift(value, (def.getter as () => unknown)(), at, out);
    case 'object': {
      if (!isPlain(value)) return;
      const shape = def.shape as Record<string, unknown>;
      for (const key of Object.keys(value)) {
        if (Object.hasOwn(shape, key)) lift(value[key], shape[key], [...at, key], out);
        else {
          out.push({ at, key, value: value[key] });
          delete value[key];
        }
      }
      return;
    }
    case 'record':
      if (isPlain(value)) for (const key of Object.keys(value)) lift(value[key], def.valueType, [...at, key], out);
      return;
    case 'array':
      if (Array.isArray(value)) value.forEach((item, i) => lift(item, def.element, [...at, i], out));
      return;
    case 'union': {
      // Only tagged unions can be followed (entities by `kind`, links by `kind`).
      const option = objectDef(schema, value);
      if (option?.type === 'object') lift(value, { _zod: { def: option } }, at, out);
      return;
    }
    default:
      return;
  }
}

/**
 * Puts carried keys back into a plain object tree (the canonical object about to be
 * written), copying only the objects on the way. A key goes back only where the schema
 * has an object that does not know it: a key whose object is gone (its record was
 * deleted) is dropped, and a carried key can never set a known field or add a record.
 */
export function restoreFields(root: Plain, fields: readonly CarriedField[], schema: z.ZodType): Plain {
  const copied = new Set<unknown>([root]);
  for (const { at, key, value } of fields) {
    let node: unknown = root;
    let def: Def | undefined = objectDef(schema, root);
    for (let i = 0; i < at.length && node !== undefined && def; i++) {
      const step = at[i]!;
      const inner = childSchema(def, step);
      const parent = node as Plain | unknown[];
      const child: unknown = Array.isArray(parent) ? parent[step as number] : (parent as Plain)[step as string];
      if (inner === undefined || child === null || typeof child !== 'object') {
        node = undefined;
        break;
      }
      if (!copied.has(child)) {
        const copy = Array.isArray(child) ? [...child] : { ...(child as Plain) };
        if (Array.isArray(parent)) parent[step as number] = copy;
        else (parent as Plain)[step as string] = copy;
        copied.add(copy);
        node = copy;
      } else node = child;
      def = objectDef(inner, node);
    }
    if (node === undefined || def?.type !== 'object' || !isPlain(node)) continue;
    if (Object.hasOwn(def.shape as Plain, key) || Object.hasOwn(node, key)) continue;
    node[key] = value;
  }
  return root;
}

/** The schema's definition for `value` with wrappers removed and a tagged union resolved. */
function objectDef(schema: unknown, value: unknown): Def | undefined {
  let def = defOf(schema);
  for (let i = 0; i < 16; i++) {
    if (def.innerType !== undefined && ['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(def.type)) def = defOf(def.innerType);
    else if (def.type === 'pipe') def = defOf(def.in);
    else if (def.type === 'lazy') def = defOf((def.getter as () => unknown)());
    else if (def.type === 'union' && typeof def.discriminator === 'string' && isPlain(value)) {
      const tag = def.discriminator;
      const option = (def.options as unknown[]).find((o) => {
        const d = defOf(o);
        const literal = d.type === 'object' ? (d.shape as Record<string, unknown>)[tag] : undefined;
        return literal !== undefined && (defOf(literal).values as unknown[] | undefined)?.includes(value[tag]);
      });
      if (!option) return undefined;
      def = defOf(option);
    } else return def;
  }
  return undefined;
}

/** The schema of one step down: a field of an object, a value of a record, an item of an array. */
function childSchema(def: Def, step: string | number): unknown {
  if (def.type === 'object' && typeof step === 'string') return Object.hasOwn(def.shape as Plain, step) ? (def.shape as Plain)[step] : undefined;
  if (def.type === 'record' && typeof step === 'string') return def.valueType;
  if (def.type === 'array' && typeof step === 'number') return def.element;
  return undefined;
}

/** Ids of records held in collections a newer app added (so their change stamps are not orphans). */
export function carriedRecordIds(carried: Carried | undefined): Set<string> {
  const ids = new Set<string>();
  for (const f of carried?.fields ?? []) if (f.at.length === 0 && isPlain(f.value)) for (const id of Object.keys(f.value)) ids.add(id);
  return ids;
}
