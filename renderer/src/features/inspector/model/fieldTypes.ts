import type { EntityKind, EntityOfKind, LinkKind, LinkOfKind, Settings } from '../../../../../shared/model';
import type { Option } from './vocabLabels';

/** How a field is edited. Numbers carry their unit so it is always shown next to them. */
export type FieldInput =
  | { type: 'text'; multiline?: boolean; placeholder?: string }
  | { type: 'number'; integer?: boolean; unit: string; placeholder?: string }
  | { type: 'select'; options: readonly Option[]; numeric?: boolean; emptyLabel?: string }
  | { type: 'checkboxes'; options: readonly Option[]; /** Store [] rather than clearing the field. */ keepEmpty?: boolean }
  | { type: 'credits' }
  | { type: 'list'; itemLabel: string };

/** What the inspector needs to show and edit one field. */
export interface FieldSpec {
  label: string;
  /** The model refuses to leave it empty. */
  required: boolean;
  input: FieldInput;
  /** One line under the label: what to write, or what the field means. */
  hint?: string;
}

export interface FieldDescriptor extends FieldSpec {
  /** Dotted path inside the record, e.g. "title" or "source.uri". */
  path: string;
}

/** Object-valued fields edited part by part (each part is its own input). */
export type NestedField = 'source' | 'demand' | 'house';

/**
 * Fields no form edits directly: each has its own part of the inspector with its own
 * commands (a pending framework update with Accept/Dismiss; suggestions the designer dismissed).
 */
export const MANAGED_FIELDS = ['frameworkUpdate', 'dismissedSkills'] as const;
type ManagedField = (typeof MANAGED_FIELDS)[number];

type Own<T> = Exclude<keyof T, 'id' | 'kind' | 'from' | 'to' | ManagedField> & string;

/** Editable paths of a record: its fields, with nested objects spelled out part by part. */
export type FieldPath<T> = {
  [P in Own<T>]: P extends NestedField ? `${P}.${keyof NonNullable<T[P]> & string}` : P;
}[Own<T>];

export type EntityFieldPath<K extends EntityKind = EntityKind> = FieldPath<EntityOfKind<K>>;
export type LinkFieldPath<K extends LinkKind = LinkKind> = FieldPath<LinkOfKind<K>>;
export type SettingsFieldPath = FieldPath<Settings>;

/** A complete table: the compiler refuses one that leaves a field out. */
export type SpecTable<Path extends string> = { readonly [P in Path]: FieldSpec };
