import { defineRule, type AnyRule } from '../types';
import { ectsEquivalent, formatCredits, formatEcts, hoursBand, hoursPerCredit, num, sumActivityHours } from '../credits';
import { clip, credentialName, listing } from '../text';
import type { Credits, Settings } from '../../model';

/**
 * Workload and weighting consistency (always on): the hours, the credits and the
 * activities of a credential must tell the same story, and its assessments must share
 * out the whole result.
 */

const group = 'alignment';

/** "45 h per credit ± 20%" or "25–30 h per ECTS credit". */
function bandRule(credits: Credits, settings: Settings): string {
  if (credits.unit === 'ects' && settings.hoursPerCredit === undefined) return '25–30 hours per ECTS credit';
  return `${num(hoursPerCredit(credits.unit, settings) ?? 0)} hours per credit ± 20%`;
}

export const workloadVsCredits = defineRule({
  id: 'alignment/workload-credits',
  group,
  scope: 'credential',
  reads: ['settings'],
  severity: 'warning',
  title: 'Stated notional workload does not match the credit value',
  check(cred, ctx, emit) {
    const { credits, workloadHours } = cred;
    if (!credits || workloadHours === undefined) return;
    // The US profile reports this case itself, as an error.
    if (credits.unit === 'us-credit-hour' && ctx.profiles.has('us-credit-hours')) return;
    const band = hoursBand(credits, ctx.settings);
    if (!band || (workloadHours >= band.min - 1e-9 && workloadHours <= band.max + 1e-9)) return;
    emit({
      target: cred.id,
      field: 'workloadHours',
      message: `${credentialName(cred)} states ${num(workloadHours)} notional hours, but ${formatCredits(credits)} stand for ${num(band.min)}–${num(band.max)} hours (${bandRule(credits, ctx.settings)}).`,
      fix: `Correct the workload (about ${num(band.expected)} hours) or the credit value (about ${num(workloadHours / (band.expected / credits.value))}).`,
    });
  },
});

export const activityHours = defineRule({
  id: 'alignment/activity-hours',
  group,
  scope: 'credential',
  reads: ['credential-view', 'settings'],
  severity: 'warning',
  title: 'Activity hours of a credential do not add up to its workload',
  check(cred, ctx, emit) {
    const { activities } = ctx.credential(cred);
    if (!activities.length) return;
    const { contact, self } = sumActivityHours(activities);
    const total = contact + self;
    const band = cred.credits
      ? hoursBand(cred.credits, ctx.settings)
      : cred.workloadHours !== undefined
        ? { min: cred.workloadHours * 0.8, max: cred.workloadHours * 1.2, expected: cred.workloadHours }
        : undefined;
    if (!band || (total >= band.min - 1e-9 && total <= band.max + 1e-9)) return;
    const basis = cred.credits ? `${formatCredits(cred.credits)} stand for` : `the stated workload of ${num(cred.workloadHours ?? 0)} hours allows`;
    emit({
      target: cred.id,
      message: `${activities.length === 1 ? 'The one learning activity' : `The ${activities.length} learning activities`} of ${credentialName(cred)} ${activities.length === 1 ? 'comes' : 'add up'} to ${num(total)} hours (${num(contact)} contact + ${num(self)} self-study), but ${basis} ${num(band.min)}–${num(band.max)} hours.`,
      fix:
        total < band.min
          ? `Add about ${num(band.expected - total)} hours of activities (or link the activities that develop its outcomes), or lower the credit value.`
          : `Trim about ${num(total - band.expected)} hours of activities, or raise the credit value.`,
    });
  },
});

/** Free-text fields of a credential where a designer may restate its ECTS value, with their names in a message. */
const ECTS_MENTION_FIELDS: readonly { field: 'furtherInformation' | 'stackability' | 'description'; name: string }[] = [
  { field: 'furtherInformation', name: 'further information' },
  { field: 'stackability', name: 'stackability statement' },
  { field: 'description', name: 'description' },
];

/** "20 ECTS", "19.6 ECTS credits" in a text: the numbers. */
const ECTS_MENTION = /(\d+(?:[.,]\d+)?)\s*ECTS/gi;

/**
 * One ECTS figure: a free-text field that restates the credential's ECTS value with another
 * number ("about 20 ECTS" where the workload comes to 19.6) differs from the figure the
 * specification states in its summary (`ectsEquivalent`, or the credits when in ECTS). A
 * note: the designer's text is theirs, the reviewer reads both.
 */
export const ectsMention = defineRule({
  id: 'alignment/ects-mention',
  group,
  scope: 'credential',
  reads: ['settings'],
  severity: 'info',
  title: 'A text restates the ECTS value with another figure',
  check(cred, ctx, emit) {
    const e = ectsEquivalent(cred, ctx.settings);
    const figure = cred.credits?.unit === 'ects' ? cred.credits.value : e?.value;
    if (figure === undefined) return;
    const stated = e ? formatEcts(e) : formatCredits(cred.credits!);
    for (const { field, name } of ECTS_MENTION_FIELDS) {
      const text = cred[field];
      if (typeof text !== 'string') continue;
      const other = [...text.matchAll(ECTS_MENTION)].map((m) => Number(m[1]!.replace(',', '.'))).find((n) => Math.abs(n - figure) > 0.05);
      if (other === undefined) continue;
      emit({
        target: cred.id,
        field,
        message: `The ${name} of ${credentialName(cred)} mentions ${num(other)} ECTS, but its workload is ${stated}.`,
        fix: 'State the ECTS value once, in the workload: refer to it ("see 1 Summary") instead of restating it, or correct the figure.',
      });
      return;
    }
  },
});

/**
 * The assessments of a credential (those evidencing its outcomes) must share out its whole
 * result. An assessment that also evidences another credential's outcomes counts with its
 * one weighting in each, so such sharing shows up here as a sum that is off.
 */
export const assessmentWeighting = defineRule({
  id: 'alignment/assessment-weighting',
  group,
  scope: 'credential',
  reads: ['credential-view'],
  severity: 'warning',
  title: 'Assessment weightings of a credential do not sum to 100%',
  check(cred, ctx, emit) {
    const { assessments } = ctx.credential(cred);
    if (!assessments.length) return;
    const unweighted = assessments.filter((a) => a.weighting === undefined);
    if (unweighted.length === assessments.length) {
      if (assessments.length === 1) return;
      emit({
        target: cred.id,
        message: `None of the ${assessments.length} assessments of ${credentialName(cred)} states its weighting.`,
        fix: 'Give each assessment its share of the final result, in percent, adding up to 100.',
      });
      return;
    }
    if (unweighted.length) {
      emit({
        target: unweighted[0]!.id,
        field: 'weighting',
        message: `${listing(unweighted, (a) => `“${clip(a.title, 50)}”`)} of ${credentialName(cred)} ${unweighted.length === 1 ? 'has' : 'have'} no weighting, while the other assessments do.`,
        fix: 'State the weighting of every assessment so that they add up to 100%.',
      });
      return;
    }
    const sum = assessments.reduce((acc, a) => acc + (a.weighting ?? 0), 0);
    if (Math.abs(sum - 100) < 0.01) return;
    emit({
      target: cred.id,
      message: `The assessment weightings of ${credentialName(cred)} add up to ${num(sum)}%, not 100% (${listing(assessments, (a) => `“${clip(a.title, 40)}” ${num(a.weighting ?? 0)}%`, 6)}).`,
      fix: `Adjust the weightings so that they add up to 100% (${num(Math.abs(100 - sum))} points ${sum > 100 ? 'too many' : 'missing'}).`,
    });
  },
});

export const WORKLOAD_RULES: readonly AnyRule[] = [workloadVsCredits, activityHours, ectsMention, assessmentWeighting];
