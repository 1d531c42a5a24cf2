import type { RuleContext } from '../context';
import { defineRule, type AnyRule } from '../types';
import { clip, credentialName, outcomeName, skillName } from '../text';

/**
 * Coverage (always on): every essential industry skill reaches an outcome, every outcome
 * answers a skill, is assessed and belongs to a credential, and nothing is left hanging.
 */

const group = 'alignment';

export const essentialSkillUncovered = defineRule({
  id: 'alignment/essential-skill-uncovered',
  group,
  scope: 'skill',
  reads: ['links'],
  severity: 'error',
  title: 'Essential skill requirement is addressed by no outcome',
  check(s, ctx, emit) {
    if (s.importance !== 'essential' || ctx.graph.from(s.id, 'addresses').length) return;
    emit({
      target: s.id,
      message: `Essential skill ${skillName(s)} is addressed by no learning outcome: the design does not answer this industry requirement.`,
      fix: 'Link it to the outcome that develops it (or write one); if industry does not need it after all, mark it optional.',
    });
  },
});

export const optionalSkillUncovered = defineRule({
  id: 'alignment/optional-skill-uncovered',
  group,
  scope: 'skill',
  reads: ['links'],
  severity: 'info',
  title: 'Optional skill requirement is addressed by no outcome',
  check(s, ctx, emit) {
    if (s.importance !== 'optional' || ctx.graph.from(s.id, 'addresses').length) return;
    emit({
      target: s.id,
      message: `Optional skill ${skillName(s)} is addressed by no learning outcome.`,
      fix: 'Link it to an outcome if the credential develops it; otherwise it can stay as context.',
    });
  },
});

export const outcomeUnaligned = defineRule({
  id: 'alignment/outcome-unaligned',
  group,
  scope: 'outcome',
  reads: ['links'],
  severity: 'warning',
  title: 'Outcome answers no skill requirement (not industry-aligned)',
  check(o, ctx, emit) {
    if (ctx.graph.to(o.id, 'addresses').length) return;
    emit({
      target: o.id,
      message: `Outcome ${outcomeName(o)} is linked to no skill requirement, so nothing shows that industry needs it (not industry-aligned).`,
      fix: 'Link the skill requirement(s) it develops to it, with the level it takes them to.',
    });
  },
});

export const outcomeUnassessed = defineRule({
  id: 'alignment/outcome-unassessed',
  group,
  scope: 'outcome',
  reads: ['links'],
  severity: 'error',
  title: 'Outcome is assessed by nothing',
  check(o, ctx, emit) {
    if (ctx.graph.from(o.id, 'assessed-by').length) return;
    emit({
      target: o.id,
      message: `Outcome ${outcomeName(o)} is not assessed: no assessment evidences it.`,
      fix: 'Link it to the assessment that tests it, or add an assessment for it.',
    });
  },
});

export const outcomeOrphan = defineRule({
  id: 'alignment/outcome-orphan',
  group,
  scope: 'outcome',
  reads: ['links'],
  severity: 'warning',
  title: 'Outcome is part of no credential',
  check(o, ctx, emit) {
    if (ctx.graph.from(o.id, 'part-of').length) return;
    emit({
      target: o.id,
      message: `Outcome ${outcomeName(o)} is not part of any credential.`,
      fix: 'Link it to the credential it belongs to, or delete it if it is no longer needed.',
    });
  },
});

export const assessmentOrphan = defineRule({
  id: 'alignment/assessment-orphan',
  group,
  scope: 'assessment',
  reads: ['links'],
  severity: 'warning',
  title: 'Assessment evidences no outcome',
  check(a, ctx, emit) {
    if (ctx.graph.to(a.id, 'assessed-by').length) return;
    emit({
      target: a.id,
      message: `Assessment “${clip(a.title)}” evidences no learning outcome.`,
      fix: 'Link the outcomes it tests to it, or delete it.',
    });
  },
});

export const activityOrphan = defineRule({
  id: 'alignment/activity-orphan',
  group,
  scope: 'activity',
  reads: ['links'],
  severity: 'warning',
  title: 'Learning activity develops no outcome',
  check(a, ctx, emit) {
    if (ctx.graph.from(a.id, 'develops').length) return;
    emit({
      target: a.id,
      message: `Learning activity “${clip(a.title)}” develops no learning outcome; its hours count towards no credential.`,
      fix: 'Link it to the outcomes it prepares learners for, or delete it.',
    });
  },
});

export const credentialWithoutOutcomes = defineRule({
  id: 'alignment/credential-no-outcomes',
  group,
  scope: 'credential',
  reads: ['credential-view'],
  severity: 'warning',
  title: 'Credential states no learning outcome',
  check(cred, ctx, emit) {
    if (ctx.credential(cred).outcomes.length) return;
    emit({
      target: cred.id,
      message: `${credentialName(cred)} states no learning outcome: its specification would export with nothing to assess, align or award.`,
      fix: 'Write the learning outcomes of the credential (or link existing ones to it).',
    });
  },
});

export const endorsementCoverage = defineRule({
  id: 'alignment/endorsement-coverage',
  group,
  scope: 'credential',
  reads: ['credential-view', 'endorsements'],
  severity: 'info',
  title: 'Share of the essential skills of a credential endorsed by an industry advisor',
  check(cred, ctx, emit) {
    const seen = new Set<string>();
    let missing = 0;
    // The message names the alphabetically first three, so only those are kept (sorted).
    const named: string[] = [];
    for (const { skill } of ctx.credential(cred).skillLinks) {
      if (skill.importance !== 'essential' || seen.has(skill.id)) continue;
      seen.add(skill.id);
      if (endorsedByAdvisor(ctx, skill.id)) continue;
      missing += 1;
      keepFirst(named, skill.statement, 3);
    }
    if (!missing) return;
    const essential = seen.size;
    const done = essential - missing;
    const pct = Math.round((100 * done) / essential);
    emit({
      target: cred.id,
      message: `${done} of ${essential} essential skills of ${credentialName(cred)} (${pct}%) are endorsed by an industry advisor; not yet: ${named
        .map((s) => `“${clip(s, 50)}”`)
        .join(', ')}${missing > 3 ? ` and ${missing - 3} more` : ''}.`,
      fix: 'Ask an advisor on the map to review and endorse these skill requirements.',
    });
  },
});

function endorsedByAdvisor(ctx: RuleContext, skill: string): boolean {
  for (const e of ctx.graph.endorsementsOfTarget(skill)) if (ctx.doc.people[e.person]?.role === 'advisor') return true;
  return false;
}

/** Inserts `text` into `sorted` (ascending) and drops what falls beyond the first `max`. */
function keepFirst(sorted: string[], text: string, max: number): void {
  let i = sorted.length;
  while (i > 0 && sorted[i - 1]! > text) i--;
  if (i >= max) return;
  // Shift the tail up by hand (the last one falls off when full): `splice` would allocate.
  if (sorted.length < max) sorted.push(text);
  for (let j = sorted.length - 1; j > i; j--) sorted[j] = sorted[j - 1]!;
  sorted[i] = text;
}

export const COVERAGE_RULES: readonly AnyRule[] = [
  essentialSkillUncovered,
  optionalSkillUncovered,
  outcomeUnaligned,
  outcomeUnassessed,
  outcomeOrphan,
  assessmentOrphan,
  activityOrphan,
  credentialWithoutOutcomes,
  endorsementCoverage,
];
