import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ENTITY_KINDS, ENTITY_SCHEMAS, LINK_KINDS, LINK_SCHEMAS, Settings } from '../../../shared/model';
import { ENTITY_FIELDS, LINK_FIELDS, SETTINGS_FIELDS, entityField } from '../../../renderer/src/features/inspector/model/fieldDescriptors';
import { MANAGED_FIELDS, type FieldSpec } from '../../../renderer/src/features/inspector/model/fieldTypes';
import { ENTITY_LAYOUTS, SETTINGS_LAYOUT, layoutPaths } from '../../../renderer/src/features/inspector/model/layouts';
import { analyse } from '../../../shared/analysis';
import { applyAll, emptyMap } from '../cli/support/maps';

const bareCredential = { name: 'entity.create', payload: { entity: { id: 'mc_bare', kind: 'credential', title: 'Bare', version: '1.0', status: 'draft', language: 'en' } } } as const;

type Shape = Record<string, z.ZodType>;
const NESTED = new Set(['source', 'demand', 'house']);

/** The object schema inside optional/default wrappers, if the field is an object. */
function objectShape(field: z.ZodType): Shape | undefined {
  let t: unknown = field;
  for (let i = 0; i < 4 && t; i++) {
    const def = (t as { def?: { type?: string; innerType?: unknown; shape?: Shape } }).def;
    if (def?.type === 'object') return def.shape;
    t = def?.innerType;
  }
  return undefined;
}

/** Every editable path of a schema, with the expected required flag. */
function schemaPaths(shape: Shape, skip: readonly string[]): Map<string, boolean> {
  const paths = new Map<string, boolean>();
  for (const [key, field] of Object.entries(shape)) {
    if (skip.includes(key)) continue;
    const inner = NESTED.has(key) ? objectShape(field) : undefined;
    if (inner) {
      for (const [part, partField] of Object.entries(inner)) paths.set(`${key}.${part}`, !partField.safeParse(undefined).success && !field.safeParse(undefined).success);
    } else {
      paths.set(key, !field.safeParse(undefined).success);
    }
  }
  return paths;
}

function required(table: Readonly<Record<string, FieldSpec>>): Map<string, boolean> {
  return new Map(Object.entries(table).map(([path, spec]) => [path, spec.required]));
}

describe('field descriptors cover the model', () => {
  it.each(ENTITY_KINDS)('describes every field of a %s, marking exactly the required ones', (kind) => {
    const shape = (ENTITY_SCHEMAS[kind] as unknown as { shape: Shape }).shape;
    expect(required(ENTITY_FIELDS[kind])).toEqual(schemaPaths(shape, ['id', 'kind', ...MANAGED_FIELDS]));
  });

  it.each(LINK_KINDS)('describes every own field of a %s link', (kind) => {
    const shape = (LINK_SCHEMAS[kind] as unknown as { shape: Shape }).shape;
    expect(required(LINK_FIELDS[kind])).toEqual(schemaPaths(shape, ['id', 'kind', 'from', 'to']));
  });

  it('describes every map setting, the house rules part by part', () => {
    const paths = schemaPaths(Settings.shape as unknown as Shape, []);
    // "profiles" must be present but may be empty: the form ticks boxes, never leaves it out.
    paths.set('profiles', false);
    expect(required(SETTINGS_FIELDS)).toEqual(paths);
  });

  it('shows units next to every number', () => {
    for (const kind of ENTITY_KINDS) {
      for (const spec of Object.values(ENTITY_FIELDS[kind] as Readonly<Record<string, FieldSpec>>)) {
        if (spec.input.type === 'number') expect(spec.input.unit, spec.label).toMatch(/\S/);
      }
    }
    expect(entityField('credential', 'workloadHours').input).toMatchObject({ type: 'number', unit: 'hours' });
    expect(entityField('activity', 'contactHours').input).toMatchObject({ type: 'number', unit: 'hours' });
    expect(entityField('credential', 'credits').input.type).toBe('credits');
  });
});

describe('form layouts', () => {
  it.each(ENTITY_KINDS)('show every field of a %s exactly once', (kind) => {
    const shown = layoutPaths(ENTITY_LAYOUTS[kind] as Parameters<typeof layoutPaths>[0]);
    // A credential's status is shown, and moved by recorded steps only, in "Status and approvals".
    const bySlot = kind === 'credential' ? ['status'] : [];
    expect([...shown].sort()).toEqual(Object.keys(ENTITY_FIELDS[kind]).filter((f) => !bySlot.includes(f)).sort());
  });

  it('show every map setting exactly once', () => {
    expect(layoutPaths(SETTINGS_LAYOUT).sort()).toEqual(Object.keys(SETTINGS_FIELDS).sort());
  });

  it('group the credential by EU Annex I: mandatory elements, optional elements, other frameworks, identity', () => {
    const sections = ENTITY_LAYOUTS.credential;
    expect(sections.map((s) => s.title)).toEqual(['Mandatory elements (EU 2022 Annex I)', 'Optional elements (EU 2022 Annex I)', 'Other frameworks', 'Identity', 'Status and approvals', 'Endorsements']);
    // What the EU profile reports missing on a bare credential: errors are mandatory elements, infos optional ones.
    const found = analyse(applyAll(emptyMap(), [bareCredential]), { profiles: ['eu-2022'] }).findings.filter((f) => f.group === 'eu-2022' && f.field);
    const fieldsOf = (severity: string) => [...new Set(found.filter((f) => f.severity === severity).map((f) => f.field!))];
    const shown = (section: number) => sections[section]!.items.filter((item) => typeof item === 'string');
    expect(fieldsOf('error').length).toBeGreaterThan(5);
    expect(shown(0)).toEqual(expect.arrayContaining(fieldsOf('error')));
    expect(fieldsOf('info').length).toBeGreaterThan(2);
    expect(shown(1)).toEqual(expect.arrayContaining(fieldsOf('info')));
  });
});
