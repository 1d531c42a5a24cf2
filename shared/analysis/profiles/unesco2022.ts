import { credentialName, listing, outcomeName } from '../text';
import { defineRule, type AnyRule, type Profile } from '../types';
import { elementRule, isFilled } from './fields';

/**
 * UNESCO (2022), "Towards a common definition of micro-credentials": a record of focused
 * learning achievement that includes assessment based on clearly defined standards, is
 * awarded by a trusted provider, has standalone value and may contribute to or complement
 * other credentials, and meets the standards required by relevant quality assurance.
 */

const group = 'unesco-2022';

export const outcomesAssessed = defineRule({
  id: 'unesco-2022/outcomes-assessed',
  group,
  scope: 'credential',
  reads: ['credential-view'],
  severity: 'error',
  title: 'Every outcome is assessed',
  check(c, ctx, emit) {
    const { outcomes, unassessed } = ctx.credential(c);
    if (!outcomes.length) {
      emit({
        target: c.id,
        message: `${credentialName(c)} states no learning outcomes, so nothing is assessed against defined standards (UNESCO 2022).`,
        fix: 'Link its learning outcomes to it and the assessments that evidence them.',
      });
      return;
    }
    if (!unassessed.length) return;
    emit({
      target: unassessed[0]!.id,
      message: `${listing(unassessed, outcomeName)} of ${credentialName(c)} ${unassessed.length === 1 ? 'is' : 'are'} not assessed; UNESCO 2022 requires assessment of the achievement.`,
      fix: 'Link each outcome to the assessment that evidences it.',
    });
  },
});

export const assessmentStandards = defineRule({
  id: 'unesco-2022/assessment-standards',
  group,
  scope: 'credential',
  reads: ['credential-view'],
  severity: 'warning',
  title: 'Outcomes carry the criteria they are assessed against',
  check(c, ctx, emit) {
    const without = ctx.credential(c).outcomes.filter((o) => !isFilled(o.criteria));
    if (!without.length) return;
    emit({
      target: without[0]!.id,
      field: 'criteria',
      message: `${listing(without, outcomeName)} of ${credentialName(c)} ${without.length === 1 ? 'has' : 'have'} no performance criteria, so the standard they are assessed against is not defined.`,
      fix: 'Write the criteria and conditions for each outcome (what a pass looks like).',
    });
  },
});

const rules: AnyRule[] = [
  outcomesAssessed,
  assessmentStandards,
  elementRule({
    id: 'unesco-2022/trusted-provider',
    group,
    severity: 'error',
    reads: ['settings'],
    title: 'Awarded by a trusted provider',
    field: 'awardingBody',
    message: (c) => `${credentialName(c)} does not name the provider that awards it (UNESCO 2022: awarded by a trusted provider).`,
    fix: (_c, ctx) => (ctx.settings.institution ? `Name the awarding body, e.g. “${ctx.settings.institution}”.` : 'Name the awarding body.'),
  }),
  elementRule({
    id: 'unesco-2022/quality-assurance',
    group,
    severity: 'error',
    reads: [],
    title: 'Meets the standards of relevant quality assurance',
    field: 'qualityAssurance',
    message: (c) => `${credentialName(c)} does not state the quality assurance it meets (UNESCO 2022).`,
    fix: () => 'Describe the quality assurance that underpins it (internal approval, external accreditation).',
  }),
  elementRule({
    id: 'unesco-2022/standalone-value',
    group,
    severity: 'info',
    reads: [],
    title: 'Has standalone value',
    field: 'description',
    present: (c) => isFilled(c.description) || isFilled(c.industryNeed),
    message: (c) => `${credentialName(c)} has no description or statement of need saying what it is worth on its own (UNESCO 2022: standalone value).`,
    fix: () => 'Add a description of what a holder can do and who values it.',
  }),
  elementRule({
    id: 'unesco-2022/stackability',
    group,
    severity: 'info',
    reads: ['links'],
    title: 'May contribute to other micro- or macro-credentials',
    field: 'stackability',
    present: (c, ctx) => isFilled(c.stackability) || ctx.graph.from(c.id, 'stacks-into').length > 0 || ctx.graph.to(c.id, 'requires').length > 0,
    message: (c) => `${credentialName(c)} stacks into nothing and states no stackability options (UNESCO 2022: may contribute to other credentials).`,
    fix: () => 'Link it to the programs that recognise it, or describe how it can be combined or recognised.',
  }),
];

export const UNESCO_2022: Profile = {
  id: 'unesco-2022',
  name: 'UNESCO 2022',
  citation: 'UNESCO (2022), Towards a common definition of micro-credentials, Paris: UNESCO',
  rules,
};
