import { defineRule, type AnyRule } from '../types';
import { credentialName, listing, outcomeName, plural } from '../text';
import { num } from '../credits';

/**
 * Outcome quality (always on). An outcome is a promise an assessor must be able to check:
 * one observable action at a stated Bloom level (PRODUCT.md, "Learning-outcome quality
 * rules"; Anderson & Krathwohl 2001; Kennedy, "Writing and Using Learning Outcomes", 2006).
 */

const group = 'outcome-quality';

export const vagueVerb = defineRule({
  id: 'outcome/vague-verb',
  group,
  scope: 'outcome',
  reads: [],
  severity: 'warning',
  title: 'Outcome starts with a vague verb (know, understand, be aware of, …) that cannot be assessed',
  check(o, ctx, emit) {
    const c = ctx.bloom(o);
    if (!c.vague) return;
    const [a, b] = c.rewrites ?? [];
    emit({
      target: o.id,
      field: 'statement',
      message: `Outcome ${outcomeName(o)} uses the vague verb “${c.verb}”: an assessor cannot observe it.`,
      fix: b ? `Rewrite it with a measurable verb, e.g. “${a}” or “${b}”.` : `Rewrite it with the measurable verb, e.g. “${a}”.`,
    });
  },
});

export const compoundOutcome = defineRule({
  id: 'outcome/compound',
  group,
  scope: 'outcome',
  reads: [],
  severity: 'warning',
  title: 'Outcome has more than one main verb',
  check(o, ctx, emit) {
    const c = ctx.bloom(o);
    if (!c.verb || !c.compoundWith?.length) return;
    const verbs = [c.verb, ...c.compoundWith].map((v) => `“${v}”`);
    emit({
      target: o.id,
      field: 'statement',
      message: `Outcome ${outcomeName(o)} joins ${plural(verbs.length, 'main verb')} (${listing(verbs)}): a learner could achieve one and not the other.`,
      fix: `Split it into ${verbs.length} outcomes, one per verb, or keep the verb at the highest level and make the others part of its criteria.`,
    });
  },
});

export const noVerb = defineRule({
  id: 'outcome/no-verb',
  group,
  scope: 'outcome',
  reads: [],
  severity: 'warning',
  title: 'Outcome does not start with a recognised action verb',
  check(o, ctx, emit) {
    const c = ctx.bloom(o);
    if (c.verb || o.bloomOverride) return;
    emit({
      target: o.id,
      field: 'statement',
      message: c.firstWord
        ? `Outcome ${outcomeName(o)} does not start with a recognised action verb (it starts with “${c.firstWord}”), so its Bloom level is unknown.`
        : `Outcome ${outcomeName(o)} has no verb.`,
      fix: `Start with what the learner will do, e.g. “Configure …”, “Analyse …”, “Design …”${c.firstWord ? `; or, if “${c.firstWord}” is the right verb, set the Bloom level by hand` : ''}.`,
    });
  },
});

export const ambiguousLevel = defineRule({
  id: 'outcome/ambiguous-level',
  group,
  scope: 'outcome',
  reads: [],
  severity: 'info',
  title: 'Outcome verb sits at several Bloom levels; confirm the intended one',
  check(o, ctx, emit) {
    const c = ctx.bloom(o);
    if (c.vague || c.levels.length < 2 || o.bloomOverride) return;
    emit({
      target: o.id,
      field: 'bloomOverride',
      message: `The verb “${c.verb}” of outcome ${outcomeName(o)} is used at several Bloom levels (${listing(c.levels)}).`,
      fix: `Set the Bloom level by hand to the one you mean, or choose a verb with one level (e.g. “${c.levels.includes('evaluate') ? 'evaluate' : c.levels.includes('analyse') ? 'differentiate' : 'explain'}”).`,
    });
  },
});

/**
 * How many outcomes a credential of `hours` notional hours can support and assess well:
 * 3–8 for up to 675 hours (15 US credit hours, ≈ 25 ECTS); one more per further 225 hours
 * (5 credit hours), at most 12; 1–4 for a credential under 45 hours (one credit hour).
 * Unknown size: 3–8.
 */
export function outcomeCountRange(hours: number | undefined): { min: number; max: number } {
  if (hours === undefined) return { min: 3, max: 8 };
  if (hours < 45) return { min: 1, max: 4 };
  if (hours <= 675) return { min: 3, max: 8 };
  return { min: 3, max: Math.min(12, 8 + Math.ceil((hours - 675) / 225)) };
}

const sizeOf = (hours: number | undefined) => (hours === undefined ? 'of unstated size' : `of ${num(hours)} notional hours`);

export const tooFewOutcomes = defineRule({
  id: 'outcome/too-few',
  group,
  scope: 'credential',
  reads: ['credential-view', 'settings'],
  severity: 'warning',
  title: 'Credential has fewer outcomes than its size calls for',
  check(cred, ctx, emit) {
    const v = ctx.credential(cred);
    const { min } = outcomeCountRange(v.hours);
    if (v.outcomes.length >= min) return;
    emit({
      target: cred.id,
      message: `${credentialName(cred)} has ${plural(v.outcomes.length, 'learning outcome')}; a credential ${sizeOf(v.hours)} usually states at least ${min}.`,
      fix: `Add outcomes (link them to the credential) until they cover what the credential certifies, at least ${min}.`,
    });
  },
});

export const tooManyOutcomes = defineRule({
  id: 'outcome/too-many',
  group,
  scope: 'credential',
  reads: ['credential-view', 'settings'],
  severity: 'warning',
  title: 'Credential has more outcomes than its size can support',
  check(cred, ctx, emit) {
    const v = ctx.credential(cred);
    const { max } = outcomeCountRange(v.hours);
    if (v.outcomes.length <= max) return;
    emit({
      target: cred.id,
      message: `${credentialName(cred)} has ${plural(v.outcomes.length, 'learning outcome')}; a credential ${sizeOf(v.hours)} can assess at most about ${max} well.`,
      fix: `Merge closely related outcomes or move some into criteria, to ${max} or fewer.`,
    });
  },
});

export const OUTCOME_QUALITY_RULES: readonly AnyRule[] = [vagueVerb, compoundOutcome, noVerb, ambiguousLevel, tooFewOutcomes, tooManyOutcomes];
