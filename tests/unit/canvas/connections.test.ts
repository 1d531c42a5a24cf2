import { describe, expect, it } from 'vitest';
import { newLink, planLink } from '../../../renderer/src/features/canvas/connections';
import { makeActivity, makeAssessment, makeCredential, makeLink, makeMap, makeOutcome, makeProgram, makeSkill } from '../../helpers/builders';

describe('planLink: what dragging from one node to another draws', () => {
  const skill = makeSkill();
  const outcome = makeOutcome();
  const assessment = makeAssessment();
  const activity = makeActivity();
  const a = makeCredential({ title: 'A' });
  const b = makeCredential({ title: 'B' });
  const program = makeProgram();
  const doc = makeMap({
    entities: [skill, outcome, assessment, activity, a, b, program],
    links: [makeLink('addresses', skill, outcome, { level: 'mastered' }), makeLink('requires', a, b)],
  });

  it('draws the one kind the two entities allow, in its direction, whichever way the user dragged', () => {
    expect(planLink(doc, outcome.id, assessment.id)).toEqual({ ok: true, kind: 'assessed-by', from: outcome.id, to: assessment.id });
    expect(planLink(doc, assessment.id, outcome.id)).toEqual({ ok: true, kind: 'assessed-by', from: outcome.id, to: assessment.id });
    expect(planLink(doc, outcome.id, activity.id)).toEqual({ ok: true, kind: 'develops', from: activity.id, to: outcome.id });
    expect(planLink(doc, program.id, a.id)).toEqual({ ok: true, kind: 'stacks-into', from: a.id, to: program.id });
  });

  it('refuses a pair no link joins, with the command layer’s reason and what would be allowed', () => {
    const plan = planLink(doc, skill.id, assessment.id);
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.message).toMatch(/^An "addresses" link goes from a skill to an outcome; this would join a skill to an assessment\./);
    expect(plan.message).toContain('A skill links to outcomes.');
  });

  it('refuses a duplicate, a prerequisite circle and a self-link', () => {
    expect(planLink(doc, outcome.id, skill.id)).toMatchObject({ ok: false, message: expect.stringContaining('is already linked to') });
    expect(planLink(doc, b.id, a.id)).toMatchObject({ ok: false, message: expect.stringContaining('circle') });
    expect(planLink(doc, a.id, a.id)).toMatchObject({ ok: false });
  });

  it('gives a new link the fields its kind needs', () => {
    expect(newLink(doc, { ok: true, kind: 'addresses', from: skill.id, to: outcome.id }, 'ln_new')).toEqual({ id: 'ln_new', kind: 'addresses', from: skill.id, to: outcome.id, level: 'introduced' });
    expect(newLink(doc, { ok: true, kind: 'part-of', from: outcome.id, to: a.id }, 'ln_new')).toMatchObject({ order: 1 });
  });
});
