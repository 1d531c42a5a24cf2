import { eachRecordWith, entityLabel, LINK_RULES, linkKindKey, linksTouching, type EntityKind, type Id, type LinkKind, type McredDocument, type Position } from '../../../../shared/model';
import { planLink, type LinkPlan } from '../canvas/connections';

type Graph = Pick<McredDocument, 'entities' | 'links'>;

/** How a link reads from the end that is not its `from`: "LO1 addresses …". */
const INVERSE: Record<LinkKind, string> = {
  addresses: 'addresses',
  'assessed-by': 'assesses',
  develops: 'is developed by',
  'part-of': 'includes',
  'stacks-into': 'counts towards it',
  requires: 'is required by',
};

/** A record the selected one can be linked to, as "Link to…" lists it. */
export interface LinkTarget {
  id: Id;
  kind: EntityKind;
  label: string;
  /** The link read from the selected record: "is addressed by", "assesses". */
  relation: string;
  plan: Extract<LinkPlan, { ok: true }>;
}

/** How the selected record reads a link of `kind` in which it is `from` (or the other end). */
export function relationFrom(kind: LinkKind, selectedIsFrom: boolean): string {
  if (!selectedIsFrom) return INVERSE[kind];
  return kind === 'stacks-into' ? 'stacks into' : LINK_RULES[kind].label;
}

/**
 * Every record the selected one may be linked to: the same rules as drawing a link on the
 * map (`planLink`), so only the kinds that make sense from it, and never one it is already
 * linked to that way. By relation, then label.
 */
export function linkTargets(doc: Graph, selected: Id): LinkTarget[] {
  if (!doc.entities[selected]) return [];
  // planLink looks through the links for a duplicate (and a prerequisite circle): only the
  // selected record's links and the prerequisites matter, so a 10k map is not scanned once
  // per candidate.
  const relevant: Graph['links'] = {};
  for (const l of linksTouching(doc.links, selected)) relevant[l.id] = l;
  eachRecordWith(doc.links, linkKindKey, ['requires'], (l) => (relevant[l.id] = l));
  const near: Graph = { entities: doc.entities, links: relevant };
  const out: LinkTarget[] = [];
  for (const id in doc.entities) {
    if (id === selected) continue;
    const plan = planLink(near, selected, id);
    if (!plan.ok) continue;
    const e = doc.entities[id]!;
    out.push({ id, kind: e.kind, label: entityLabel(e), relation: relationFrom(plan.kind, plan.from === selected), plan });
  }
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
  return out.sort((a, b) => collator.compare(a.relation, b.relation) || collator.compare(a.label, b.label));
}

/** Targets whose label, kind or relation holds every word of the query. */
export function filterTargets(targets: readonly LinkTarget[], query: string): LinkTarget[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [...targets];
  return targets.filter((t) => {
    const text = `${t.label} ${t.kind} ${t.relation}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The linked record to go to from `id` in a direction (Alt+arrow on the map): among the
 * records linked to it, the nearest whose centre lies in that direction (within 45° of it),
 * nearer along the direction counting more than off to the side. None when nothing is there.
 */
export function neighbourInDirection(doc: Graph, positionOf: (id: Id) => Position | undefined, id: Id, direction: Direction): Id | undefined {
  const here = positionOf(id);
  if (!here) return undefined;
  const linked = new Set<Id>();
  for (const l of linksTouching(doc.links, id)) linked.add(l.from === id ? l.to : l.from);
  let best: { id: Id; score: number } | undefined;
  for (const other of linked) {
    const p = positionOf(other);
    if (!p || !doc.entities[other]) continue;
    const dx = p.x - here.x;
    const dy = p.y - here.y;
    const along = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const across = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
    if (along <= 0 || across > along) continue;
    const score = along + 2 * across;
    if (!best || score < best.score || (score === best.score && other < best.id)) best = { id: other, score };
  }
  return best?.id;
}
