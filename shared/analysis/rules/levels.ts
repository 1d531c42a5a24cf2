import type { Skill } from '../../model';
import { bloomRank, highestBloomLevel } from '../bloom/classify';
import { defineRule, type AnyRule } from '../types';
import { credentialName, listing, outcomeName, skillName } from '../text';

/**
 * Level progression (always on). Two ways a design can claim more than it delivers:
 *
 * - **Level not reached** (credential scope): industry asks for a skill at an *advanced* or
 *   *expert* proficiency, the credential addresses that skill, but every link from the
 *   skill into the credential's outcomes is only *introduced*: no outcome of the
 *   credential reinforces or masters it. Credentials that do not address the skill at all
 *   are not judged (that is coverage, not progression).
 * - **Mastery at a low level** (per skill → outcome link): the link says the outcome
 *   *masters* the skill, but the outcome is at the remember or understand level (its
 *   override, else the highest level its verb can sit at). Recalling or explaining does not
 *   show mastery of a skill; that takes apply or above.
 */

const group = 'alignment';
const ADVANCED = new Set(['advanced', 'expert']);

export const levelNotReached = defineRule({
  id: 'alignment/level-not-reached',
  group,
  scope: 'credential',
  reads: ['credential-view'],
  severity: 'warning',
  title: 'Credential only introduces a skill that industry needs at an advanced level',
  check(cred, ctx, emit) {
    const { skillLinks } = ctx.credential(cred);
    // Advanced skills, in the order of their first link, and whether a link goes beyond introducing them.
    const beyond = new Map<Skill, boolean>();
    for (const { link, skill } of skillLinks) {
      if (!skill.proficiency || !ADVANCED.has(skill.proficiency)) continue;
      if (link.level !== 'introduced') beyond.set(skill, true);
      else if (!beyond.has(skill)) beyond.set(skill, false);
    }
    for (const [skill, reached] of beyond) {
      if (reached) continue;
      const outcomes = skillLinks.filter((x) => x.skill === skill).map((x) => x.outcome);
      emit({
        target: skill.id,
        field: 'proficiency',
        message: `${credentialName(cred)} only introduces skill ${skillName(skill)} (in ${listing(outcomes, outcomeName)}), but industry needs it at the ${skill.proficiency} level.`,
        fix: `Mark the link to ${outcomeName(outcomes[0]!)} as reinforced or mastered if the outcome takes learners that far, add an outcome that does, or lower the skill's required proficiency if “${skill.proficiency}” overstates it.`,
      });
    }
  },
});

export const masteryAtLowLevel = defineRule({
  id: 'alignment/mastery-at-low-level',
  group,
  scope: 'link',
  reads: ['ends'],
  linkKinds: ['addresses'],
  severity: 'warning',
  title: 'Skill marked as mastered by an outcome at the remember or understand level',
  check(l, ctx, emit) {
    if (l.kind !== 'addresses' || l.level !== 'mastered') return;
    const o = ctx.outcome(l.to);
    const s = ctx.skill(l.from);
    if (!o || !s) return;
    const c = ctx.bloom(o);
    const top = highestBloomLevel(o, c);
    if (!top || bloomRank(top) > bloomRank('understand')) return;
    emit({
      target: l.id,
      field: 'level',
      message: `Skill ${skillName(s)} is marked as mastered by outcome ${outcomeName(o)}, which is at the ${top} level${o.bloomOverride ? ' (set by hand)' : ` (verb “${c.verb ?? '?'}”)`}: remembering or explaining does not show mastery.`,
      fix: 'Mark the link “introduced” or “reinforced”, or rewrite the outcome at the apply level or above (e.g. “Configure …”, “Analyse …”).',
    });
  },
});

export const LEVEL_RULES: readonly AnyRule[] = [levelNotReached, masteryAtLowLevel];
