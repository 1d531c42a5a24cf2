import { linkRefusal } from '../../../../shared/commands';
import { LINK_KINDS, LINK_RULES, eachRecordWith, linkEnd, linkKindBetween, withArticle, type Id, type Link, type LinkKind, type McredDocument } from '../../../../shared/model';

export type LinkPlan = { ok: true; kind: LinkKind; from: Id; to: Id } | { ok: false; message: string };

/**
 * What dragging from entity `a` to entity `b` would draw. The user may drag either way: the
 * link takes the one direction its kind allows. When no kind joins the two, the reason is
 * the same sentence the command layer gives (linkRefusal), with what would be allowed.
 */
export function planLink(doc: Pick<McredDocument, 'entities' | 'links'>, a: Id, b: Id): LinkPlan {
  const ea = doc.entities[a];
  const eb = doc.entities[b];
  if (!ea || !eb) return { ok: false, message: 'That item is no longer on the map.' };
  if (a === b) return { ok: false, message: 'An item cannot be linked to itself.' };
  const forward = linkKindBetween(ea.kind, eb.kind);
  const backward = forward ? undefined : linkKindBetween(eb.kind, ea.kind);
  const kind = forward ?? backward;
  if (!kind) {
    const example = LINK_KINDS.find((k) => LINK_RULES[k].from === ea.kind) ?? LINK_KINDS.find((k) => LINK_RULES[k].to === ea.kind)!;
    const why = linkRefusal(doc, { kind: example, from: a, to: b })?.message ?? '';
    return { ok: false, message: `${sentence(why)}. ${capital(withArticle(ea.kind))} links to ${partnersOf(ea.kind)}.` };
  }
  const from = forward ? a : b;
  const to = forward ? b : a;
  const refusal = linkRefusal(doc, { kind, from, to });
  return refusal ? { ok: false, message: `${sentence(refusal.message)}.` } : { ok: true, kind, from, to };
}

/** The new link for a plan, with sensible defaults for the fields its kind needs. */
export function newLink(doc: Pick<McredDocument, 'entities' | 'links'>, plan: Extract<LinkPlan, { ok: true }>, id: Id): Link {
  const base = { id, from: plan.from, to: plan.to };
  switch (plan.kind) {
    case 'addresses':
      return { ...base, kind: 'addresses', level: 'introduced' };
    case 'part-of': {
      let count = 0;
      eachRecordWith(doc.links, linkEnd, [plan.to], (l) => {
        if (l.kind === 'part-of') count++;
      });
      return { ...base, kind: 'part-of', order: count + 1 };
    }
    case 'stacks-into': {
      const c = doc.entities[plan.from];
      const credits = c?.kind === 'credential' ? c.credits?.value : undefined;
      return credits === undefined ? { ...base, kind: 'stacks-into' } : { ...base, kind: 'stacks-into', creditsRecognised: credits };
    }
    default:
      return { ...base, kind: plan.kind };
  }
}

function partnersOf(kind: string): string {
  const names = LINK_KINDS.flatMap((k) => {
    const r = LINK_RULES[k];
    return r.from === kind ? [r.to] : r.to === kind ? [r.from] : [];
  });
  const unique = [...new Set(names)].map((n) => (n === 'activity' ? 'activities' : `${n}s`));
  return unique.length > 1 ? `${unique.slice(0, -1).join(', ')} and ${unique.at(-1)!}` : (unique[0] ?? 'nothing');
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const sentence = (s: string) => capital(s.replace(/[.\s]+$/, ''));
