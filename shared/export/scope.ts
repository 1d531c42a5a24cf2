import type {
  Activity,
  CredentialStatus,
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
  /** assessment or activity id → the links that make it part of this credential */
  memberLinks: Map<string, string[]>;
  stacksInto: { program: Program; link: LinkOfKind<'stacks-into'> }[];
  requires: { credential: Credential; link: LinkOfKind<'requires'> }[];
  requiredBy: Credential[];
}

/** Links of a content indexed by the end a scope looks them up from; built once per content. */
export interface LinkIndex {
  partOf: Map<string, LinkOfKind<'part-of'>[]>;
  addresses: Map<string, LinkOfKind<'addresses'>[]>;
  assessedBy: Map<string, LinkOfKind<'assessed-by'>[]>;
  develops: Map<string, LinkOfKind<'develops'>[]>;
  stacksInto: Map<string, LinkOfKind<'stacks-into'>[]>;
  requiresFrom: Map<string, LinkOfKind<'requires'>[]>;
  requiresTo: Map<string, LinkOfKind<'requires'>[]>;
}

const cache = new WeakMap<Content['links'], LinkIndex>();

function add<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The link index of a content, memoised per links object (documents are immutable). */
export function linkIndex(content: Pick<Content, 'links'>): LinkIndex {
  const hit = cache.get(content.links);
  if (hit) return hit;
  const ix: LinkIndex = { partOf: new Map(), addresses: new Map(), assessedBy: new Map(), develops: new Map(), stacksInto: new Map(), requiresFrom: new Map(), requiresTo: new Map() };
  for (const l of Object.values(content.links)) {
    switch (l.kind) {
      case 'part-of':
        add(ix.partOf, l.to, l);
        break;
      case 'addresses':
        add(ix.addresses, l.to, l);
        break;
      case 'assessed-by':
        add(ix.assessedBy, l.from, l);
        break;
      case 'develops':
        add(ix.develops, l.to, l);
        break;
      case 'stacks-into':
        add(ix.stacksInto, l.from, l);
        break;
      case 'requires':
        add(ix.requiresFrom, l.from, l);
        add(ix.requiresTo, l.to, l);
        break;
    }
  }
  cache.set(content.links, ix);
  return ix;
}

const byText = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true });

function entityOf<K extends Entity['kind']>(content: Content, id: string, kind: K): Extract<Entity, { kind: K }> | undefined {
  const e = content.entities[id];
  return e && e.kind === kind ? (e as Extract<Entity, { kind: K }>) : undefined;
}

/** The credential's outcomes in the order of their part-of `order`, then code, then statement. */
function outcomesOf(content: Content, credentialId: string, ix: LinkIndex): NumberedOutcome[] {
  const parts = (ix.partOf.get(credentialId) ?? [])
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
  const ix = linkIndex(content);
  const outcomes = outcomesOf(content, credentialId, ix);

  const addresses = new Map<string, Map<string, LinkOfKind<'addresses'>>>();
  for (const l of outcomes.flatMap((o) => ix.addresses.get(o.outcome.id) ?? [])) {
    if (!entityOf(content, l.from, 'skill')) continue;
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
  const memberLinks = new Map<string, string[]>();
  for (const l of outcomes.flatMap((o) => ix.assessedBy.get(o.outcome.id) ?? [])) {
    if (!entityOf(content, l.to, 'assessment')) continue;
    add(assessedBy, l.from, l.to);
    add(memberLinks, l.to, l.id);
    assessmentIds.add(l.to);
  }
  const develops = new Map<string, string[]>();
  for (const l of outcomes.flatMap((o) => ix.develops.get(o.outcome.id) ?? [])) {
    if (!entityOf(content, l.from, 'activity')) continue;
    add(develops, l.from, l.to);
    add(memberLinks, l.from, l.id);
  }
  const firstOf = (ids: string[] | undefined) => minIndex(ids ?? []);
  const assessedOutcomes = new Map<string, string[]>();
  for (const [outcomeId, ids] of assessedBy) for (const id of ids) add(assessedOutcomes, id, outcomeId);
  const assessments = [...assessmentIds]
    .map((id) => entityOf(content, id, 'assessment')!)
    .sort((a, b) => minIndex(assessedOutcomes.get(a.id) ?? []) - minIndex(assessedOutcomes.get(b.id) ?? []) || byText(a.title, b.title) || byText(a.id, b.id));
  const activities = [...develops.keys()]
    .map((id) => entityOf(content, id, 'activity')!)
    .sort((a, b) => firstOf(develops.get(a.id)) - firstOf(develops.get(b.id)) || byText(a.title, b.title) || byText(a.id, b.id));

  const stacksInto = (ix.stacksInto.get(credentialId) ?? [])
    .map((link) => ({ link, program: entityOf(content, link.to, 'program') }))
    .filter((x): x is { link: LinkOfKind<'stacks-into'>; program: Program } => x.program !== undefined)
    .sort((a, b) => byText(a.program.title, b.program.title));
  const requires = (ix.requiresFrom.get(credentialId) ?? [])
    .map((link) => ({ link, credential: entityOf(content, link.to, 'credential') }))
    .filter((x): x is { link: LinkOfKind<'requires'>; credential: Credential } => x.credential !== undefined)
    .sort((a, b) => byText(a.credential.title, b.credential.title));
  const requiredBy = (ix.requiresTo.get(credentialId) ?? [])
    .map((l) => entityOf(content, l.from, 'credential'))
    .filter((c): c is Credential => c !== undefined)
    .sort((a, b) => byText(a.title, b.title));

  return { credential, outcomes, skills, assessments, activities, addresses, assessedBy, develops, memberLinks, stacksInto, requires, requiredBy };
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

/** A status a catalogue marks: not approved or published. */
export type MarkedStatus = Exclude<CredentialStatus, 'approved' | 'published'>;

/** What a catalogue (and the export dialog's list) puts next to the title of a credential that is not approved or published, by its status. */
export const STATUS_MARKS: Readonly<Record<MarkedStatus, string>> = {
  draft: 'Draft — not approved',
  'in-review': 'In review — not approved',
  'changes-requested': 'Changes requested — not approved',
  retired: 'Retired — no longer offered',
};

/** The mark of a credential, by its status; none for an approved or published one. */
export function statusMark(c: Pick<Credential, 'status'>): string | undefined {
  return c.status === 'approved' || c.status === 'published' ? undefined : STATUS_MARKS[c.status];
}
