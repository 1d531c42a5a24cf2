import type {
  Activity,
  Assessment,
  Content,
  Credential,
  Entity,
  LinkLevel,
  LinkOfKind,
  Outcome,
  Program,
  Skill,
} from '../model';

/** An outcome in a credential's numbered list. */
export interface NumberedOutcome {
  outcome: Outcome;
  /** "LO1" or the outcome's own code. */
  label: string;
  partOf: LinkOfKind<'part-of'>;
}

/** A skill requirement in the credential's list, numbered S1, S2, … */
export interface NumberedSkill {
  skill: Skill;
  label: string;
}

/** Everything a credential's specification talks about, read from one version of the content. */
export interface CredentialScope {
  credential: Credential;
  outcomes: NumberedOutcome[];
  skills: NumberedSkill[];
  assessments: Assessment[];
  activities: Activity[];
  /** skill id → outcome id → link */
  addresses: Map<string, Map<string, LinkOfKind<'addresses'>>>;
  /** outcome id → assessment ids */
  assessedBy: Map<string, string[]>;
  /** activity id → outcome ids */
  develops: Map<string, string[]>;
  stacksInto: { program: Program; link: LinkOfKind<'stacks-into'> }[];
  requires: { credential: Credential; link: LinkOfKind<'requires'> }[];
  requiredBy: Credential[];
}

/** Links of a content grouped by kind, built once and shared by every credential of a catalogue. */
export type LinksByKind = { [K in keyof LinkKinds]: LinkKinds[K][] };
interface LinkKinds {
  addresses: LinkOfKind<'addresses'>;
  'assessed-by': LinkOfKind<'assessed-by'>;
  develops: LinkOfKind<'develops'>;
  'part-of': LinkOfKind<'part-of'>;
  'stacks-into': LinkOfKind<'stacks-into'>;
  requires: LinkOfKind<'requires'>;
}

const cache = new WeakMap<Content['links'], LinksByKind>();

/** Links grouped by kind, memoised per links object (documents are immutable). */
export function linksByKind(content: Pick<Content, 'links'>): LinksByKind {
  const hit = cache.get(content.links);
  if (hit) return hit;
  const out: LinksByKind = { addresses: [], 'assessed-by': [], develops: [], 'part-of': [], 'stacks-into': [], requires: [] };
  for (const link of Object.values(content.links)) (out[link.kind] as (typeof link)[]).push(link);
  cache.set(content.links, out);
  return out;
}

const byText = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true });

function entityOf<K extends Entity['kind']>(content: Content, id: string, kind: K): Extract<Entity, { kind: K }> | undefined {
  const e = content.entities[id];
  return e && e.kind === kind ? (e as Extract<Entity, { kind: K }>) : undefined;
}

/** The credential's outcomes in the order of their part-of `order`, then code, then statement. */
function outcomesOf(content: Content, credentialId: string, links: LinksByKind): NumberedOutcome[] {
  const parts = links['part-of']
    .filter((l) => l.to === credentialId)
    .map((l) => ({ link: l, outcome: entityOf(content, l.from, 'outcome') }))
    .filter((x): x is { link: LinkOfKind<'part-of'>; outcome: Outcome } => x.outcome !== undefined);
  parts.sort(
    (x, y) =>
      (x.link.order ?? Number.MAX_SAFE_INTEGER) - (y.link.order ?? Number.MAX_SAFE_INTEGER) ||
      byText(x.outcome.code ?? '', y.outcome.code ?? '') ||
      byText(x.outcome.statement, y.outcome.statement) ||
      byText(x.outcome.id, y.outcome.id),
  );
  return parts.map((p, i) => ({ outcome: p.outcome, partOf: p.link, label: p.outcome.code ?? `LO${i + 1}` }));
}

const LEVEL_RANK: Record<LinkLevel, number> = { introduced: 1, reinforced: 2, mastered: 3 };

/** Reads what a credential's specification covers from one version of the content. */
export function scopeOf(content: Content, credentialId: string): CredentialScope | undefined {
  const credential = entityOf(content, credentialId, 'credential');
  if (!credential) return undefined;
  const links = linksByKind(content);
  const outcomes = outcomesOf(content, credentialId, links);
  const outcomeIds = new Set(outcomes.map((o) => o.outcome.id));

  const addresses = new Map<string, Map<string, LinkOfKind<'addresses'>>>();
  for (const l of links.addresses) {
    if (!outcomeIds.has(l.to) || !entityOf(content, l.from, 'skill')) continue;
    let row = addresses.get(l.from);
    if (!row) addresses.set(l.from, (row = new Map()));
    row.set(l.to, l);
  }
  const outcomeIndex = new Map(outcomes.map((o, i) => [o.outcome.id, i]));
  const minIndex = (ids: Iterable<string>) => {
    let best = Number.MAX_SAFE_INTEGER;
    for (const id of ids) best = Math.min(best, outcomeIndex.get(id) ?? best);
    return best;
  };
  const firstOutcome = (skillId: string) => minIndex(addresses.get(skillId)?.keys() ?? []);
  const skills = [...addresses.keys()]
    .map((id) => entityOf(content, id, 'skill')!)
    .sort(
      (a, b) =>
        (a.importance === b.importance ? 0 : a.importance === 'essential' ? -1 : 1) ||
        firstOutcome(a.id) - firstOutcome(b.id) ||
        byText(a.statement, b.statement) ||
        byText(a.id, b.id),
    )
    .map((skill, i) => ({ skill, label: `S${i + 1}` }));

  const assessedBy = new Map<string, string[]>();
  const assessmentIds = new Set<string>();
  for (const l of links['assessed-by']) {
    if (!outcomeIds.has(l.from) || !entityOf(content, l.to, 'assessment')) continue;
    assessedBy.set(l.from, [...(assessedBy.get(l.from) ?? []), l.to]);
    assessmentIds.add(l.to);
  }
  const develops = new Map<string, string[]>();
  for (const l of links.develops) {
    if (!outcomeIds.has(l.to) || !entityOf(content, l.from, 'activity')) continue;
    develops.set(l.from, [...(develops.get(l.from) ?? []), l.to]);
  }
  const firstOf = (ids: string[] | undefined) => minIndex(ids ?? []);
  const assessments = [...assessmentIds]
    .map((id) => entityOf(content, id, 'assessment')!)
    .sort((a, b) => byText(a.title, b.title) || byText(a.id, b.id));
  const activities = [...develops.keys()]
    .map((id) => entityOf(content, id, 'activity')!)
    .sort((a, b) => firstOf(develops.get(a.id)) - firstOf(develops.get(b.id)) || byText(a.title, b.title) || byText(a.id, b.id));

  const stacksInto = links['stacks-into']
    .filter((l) => l.from === credentialId)
    .map((link) => ({ link, program: entityOf(content, link.to, 'program') }))
    .filter((x): x is { link: LinkOfKind<'stacks-into'>; program: Program } => x.program !== undefined)
    .sort((a, b) => byText(a.program.title, b.program.title));
  const requires = links.requires
    .filter((l) => l.from === credentialId)
    .map((link) => ({ link, credential: entityOf(content, link.to, 'credential') }))
    .filter((x): x is { link: LinkOfKind<'requires'>; credential: Credential } => x.credential !== undefined)
    .sort((a, b) => byText(a.credential.title, b.credential.title));
  const requiredBy = links.requires
    .filter((l) => l.to === credentialId)
    .map((l) => entityOf(content, l.from, 'credential'))
    .filter((c): c is Credential => c !== undefined)
    .sort((a, b) => byText(a.title, b.title));

  return { credential, outcomes, skills, assessments, activities, addresses, assessedBy, develops, stacksInto, requires, requiredBy };
}

/** The highest level to which any outcome of the scope takes the skill. */
export function highestLevel(scope: CredentialScope, skillId: string): LinkLevel | undefined {
  let best: LinkLevel | undefined;
  for (const l of scope.addresses.get(skillId)?.values() ?? []) {
    if (!best || LEVEL_RANK[l.level] > LEVEL_RANK[best]) best = l.level;
  }
  return best;
}

/** Credentials of a content in title order. */
export function credentialsOf(content: Content): Credential[] {
  return Object.values(content.entities)
    .filter((e): e is Credential => e.kind === 'credential')
    .sort((a, b) => byText(a.title, b.title) || byText(a.id, b.id));
}
