import { z } from 'zod';
import { Id } from './ids';
import type { EntityKind } from './entities';
import { eachRecordWith } from './recordMap';
import { LinkLevel } from './vocab';

const ends = { from: Id, to: Id };

/** skill → outcome: the outcome develops the skill to a level. */
export const AddressesLink = z.strictObject({ id: Id, kind: z.literal('addresses'), ...ends, level: LinkLevel });
/** outcome → assessment: the assessment evidences the outcome. */
export const AssessedByLink = z.strictObject({ id: Id, kind: z.literal('assessed-by'), ...ends });
/** activity → outcome: the activity prepares learners for the outcome. */
export const DevelopsLink = z.strictObject({ id: Id, kind: z.literal('develops'), ...ends });
/** outcome → credential: the outcome is one of the credential's learning outcomes. */
export const PartOfLink = z.strictObject({
  id: Id,
  kind: z.literal('part-of'),
  ...ends,
  /** Position of the outcome in the credential's numbered list (1-based); unordered when absent. */
  order: z.number().int().min(1).max(10_000).optional(),
});
/** credential → program: the credential counts towards the program. */
export const StacksIntoLink = z.strictObject({
  id: Id,
  kind: z.literal('stacks-into'),
  ...ends,
  /** Credits the program recognises, in the program's credit unit. */
  creditsRecognised: z.number().finite().min(0).max(10_000).optional(),
});
/** credential → credential: the first requires the second to be completed first. */
export const RequiresLink = z.strictObject({ id: Id, kind: z.literal('requires'), ...ends });

export const Link = z.discriminatedUnion('kind', [AddressesLink, AssessedByLink, DevelopsLink, PartOfLink, StacksIntoLink, RequiresLink]);
export type Link = z.infer<typeof Link>;
export type LinkKind = Link['kind'];
export type LinkOfKind<K extends LinkKind> = Extract<Link, { kind: K }>;

export const LINK_SCHEMAS = {
  addresses: AddressesLink,
  'assessed-by': AssessedByLink,
  develops: DevelopsLink,
  'part-of': PartOfLink,
  'stacks-into': StacksIntoLink,
  requires: RequiresLink,
} as const;

/** Which entity kinds each link kind may join, and how a person reads it. */
export const LINK_RULES: Record<LinkKind, { from: EntityKind; to: EntityKind; label: string }> = {
  addresses: { from: 'skill', to: 'outcome', label: 'is addressed by' },
  'assessed-by': { from: 'outcome', to: 'assessment', label: 'is assessed by' },
  develops: { from: 'activity', to: 'outcome', label: 'develops' },
  'part-of': { from: 'outcome', to: 'credential', label: 'is part of' },
  'stacks-into': { from: 'credential', to: 'program', label: 'stacks into' },
  requires: { from: 'credential', to: 'credential', label: 'requires' },
};

export const LINK_KINDS = Object.keys(LINK_RULES) as LinkKind[];

/** The link kind that joins these two entity kinds, if any (each pair has at most one). */
export function linkKindBetween(from: EntityKind, to: EntityKind): LinkKind | undefined {
  return LINK_KINDS.find((k) => LINK_RULES[k].from === from && LINK_RULES[k].to === to);
}

/** Key functions for `eachRecordWith` (one definition each: indexes are kept per function). */
export const linkStart = (l: Link): string => l.from;
export const linkEnd = (l: Link): string => l.to;
export const linkKindKey = (l: Link): string => l.kind;

/** The links that start or end at `id`, each once, looked up in the links' indexes by end. */
export function linksTouching(links: Readonly<Record<string, Link>>, id: string): Link[] {
  const out: Link[] = [];
  eachRecordWith(links, linkStart, [id], (l) => out.push(l));
  eachRecordWith(links, linkEnd, [id], (l) => {
    if (l.from !== id) out.push(l);
  });
  return out;
}

/** "a skill", "an outcome", `an "addresses"` — for messages (an opening quote is looked past). */
export function withArticle(kind: string): string {
  return /^["“]?[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}
