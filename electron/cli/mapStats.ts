import {
  ENTITY_KINDS,
  LINK_KINDS,
  entityLabel,
  type CreditUnit,
  type Credits,
  type EntityKind,
  type LinkKind,
  type McredDocument,
} from '../../shared/model';

/** How many of a set are covered; `percent` is null when there is nothing to cover. */
export interface Coverage {
  covered: number;
  total: number;
  percent: number | null;
}

export interface CredentialCredits {
  id: string;
  title: string;
  /** Absent when the credential has no credit value yet. */
  credits: Credits | null;
}

/** The figures `mcred stats` reports; plain data, printed as a table or as JSON. */
export interface MapStats {
  title: string;
  entities: Record<EntityKind, number>;
  links: Record<LinkKind, number>;
  people: number;
  comments: { total: number; openThreads: number; resolvedThreads: number };
  endorsements: number;
  revisions: number;
  saves: number;
  credentials: CredentialCredits[];
  /** Sum of credential credits, one entry per unit (credits in different units are never added). */
  creditTotals: { unit: CreditUnit; value: number }[];
  coverage: {
    essentialSkillsAddressed: Coverage;
    outcomesLinkedToSkills: Coverage;
    outcomesAssessed: Coverage;
    outcomesInCredential: Coverage;
  };
}

function coverage(ids: readonly string[], covered: ReadonlySet<string>): Coverage {
  const n = ids.filter((id) => covered.has(id)).length;
  return { covered: n, total: ids.length, percent: ids.length ? Math.round((n / ids.length) * 1000) / 10 : null };
}

function countBy<K extends string>(keys: readonly K[], values: Iterable<{ kind: K }>): Record<K, number> {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const v of values) out[v.kind] += 1;
  return out;
}

export function computeStats(doc: McredDocument): MapStats {
  const entities = Object.values(doc.entities);
  const links = Object.values(doc.links);
  const ends = (kind: LinkKind, end: 'from' | 'to') => new Set(links.filter((l) => l.kind === kind).map((l) => l[end]));
  const idsOf = (kind: EntityKind) => entities.filter((e) => e.kind === kind).map((e) => e.id);

  const credentials: CredentialCredits[] = [];
  const totals = new Map<CreditUnit, number>();
  for (const e of entities) {
    if (e.kind !== 'credential') continue;
    credentials.push({ id: e.id, title: entityLabel(e), credits: e.credits ?? null });
    if (e.credits) totals.set(e.credits.unit, (totals.get(e.credits.unit) ?? 0) + e.credits.value);
  }
  credentials.sort((a, b) => a.title.localeCompare(b.title) || (a.id < b.id ? -1 : 1));

  const roots = Object.values(doc.comments).filter((c) => c.replyTo === undefined);
  const resolved = roots.filter((c) => c.resolved === true).length;
  const outcomes = idsOf('outcome');
  const essentialSkills = entities.filter((e) => e.kind === 'skill' && e.importance === 'essential').map((e) => e.id);

  return {
    title: doc.settings.title,
    entities: countBy(ENTITY_KINDS, entities),
    links: countBy(LINK_KINDS, links),
    people: Object.keys(doc.people).length,
    comments: { total: Object.keys(doc.comments).length, openThreads: roots.length - resolved, resolvedThreads: resolved },
    endorsements: Object.keys(doc.endorsements).length,
    revisions: Object.keys(doc.revisions).length,
    saves: Object.keys(doc.saves).length,
    credentials,
    creditTotals: [...totals].sort(([a], [b]) => (a < b ? -1 : 1)).map(([unit, value]) => ({ unit, value: Math.round(value * 1000) / 1000 })),
    coverage: {
      essentialSkillsAddressed: coverage(essentialSkills, ends('addresses', 'from')),
      outcomesLinkedToSkills: coverage(outcomes, ends('addresses', 'to')),
      outcomesAssessed: coverage(outcomes, ends('assessed-by', 'from')),
      outcomesInCredential: coverage(outcomes, ends('part-of', 'from')),
    },
  };
}
