import { convertCredits, formatCredits, num, sumActivityHours } from '../credits';
import { credentialName } from '../text';
import { defineRule, type AnyRule, type Profile } from '../types';

/**
 * United States institutional practice. There is no national micro-credential standard;
 * institutions commonly cap certificates at 15–18 credit hours, and the federal credit
 * hour (34 CFR 600.2) is one hour of instruction plus two of student work a week for about
 * 15 weeks: 1 credit hour ≈ 45 hours of student work. The split matters as well as the
 * total (the Carnegie unit): at least 15 contact hours and about 30 out-of-class hours per
 * credit hour, read from the activities' contact and self-study hours.
 */

const group = 'us-credit-hours';
/** Largest credential, in credit hours. */
export const US_CREDIT_HOUR_CAP = 18;
const HOURS = 45;
/** How far stated hours may stray from credit hours × 45 before it is an error. */
const TOLERANCE = 0.2;

export const creditCap = defineRule({
  id: 'us-credit-hours/credit-cap',
  group,
  scope: 'credential',
  reads: ['settings'],
  severity: 'error',
  title: `At most ${US_CREDIT_HOUR_CAP} credit hours`,
  check(c, ctx, emit) {
    if (!c.credits) return;
    const ch = convertCredits(c.credits, 'us-credit-hour', ctx.settings);
    if (ch === undefined || ch <= US_CREDIT_HOUR_CAP + 1e-9) return;
    const shown = c.credits.unit === 'us-credit-hour' ? formatCredits(c.credits) : `${formatCredits(c.credits)} (≈ ${num(ch)} credit hours)`;
    emit({
      target: c.id,
      field: 'credits',
      message: `${credentialName(c)} carries ${shown}, above the usual cap of ${US_CREDIT_HOUR_CAP} credit hours for a certificate.`,
      fix: `Reduce it to ${US_CREDIT_HOUR_CAP} credit hours or fewer, or split it into stackable credentials.`,
    });
  },
});

export const creditsStated = defineRule({
  id: 'us-credit-hours/credits',
  group,
  scope: 'credential',
  reads: [],
  severity: 'warning',
  title: 'Credit hours stated',
  check(c, _ctx, emit) {
    if (c.credits) return;
    emit({
      target: c.id,
      field: 'credits',
      message: `${credentialName(c)} states no credit hours.`,
      fix: c.workloadHours !== undefined ? `Set its credits: ${num(c.workloadHours)} hours ≈ ${num(c.workloadHours / HOURS)} credit hours.` : 'Set its credit hours (1 credit hour ≈ 45 hours of student work).',
    });
  },
});

export const workload = defineRule({
  id: 'us-credit-hours/workload',
  group,
  scope: 'credential',
  reads: [],
  severity: 'error',
  title: 'Workload matches credit hours × 45 (± 20%)',
  check(c, _ctx, emit) {
    if (c.credits?.unit !== 'us-credit-hour' || c.workloadHours === undefined) return;
    const expected = c.credits.value * HOURS;
    if (Math.abs(c.workloadHours - expected) <= expected * TOLERANCE + 1e-9) return;
    emit({
      target: c.id,
      field: 'workloadHours',
      message: `${credentialName(c)} states ${num(c.workloadHours)} hours of student work for ${formatCredits(c.credits)}, which stand for about ${num(expected)} hours (45 per credit hour, ± 20%).`,
      fix: `Correct the workload to about ${num(expected)} hours, or the credits to about ${num(c.workloadHours / HOURS)} credit hours.`,
    });
  },
});

/** The Carnegie unit behind the federal credit hour: per credit, 15 weeks of one hour of instruction and two of out-of-class work. */
export const CARNEGIE = { weeks: 15, contactPerWeek: 1, outOfClassPerWeek: 2 } as const;
const CONTACT_PER_CREDIT = CARNEGIE.weeks * CARNEGIE.contactPerWeek;
const OUT_OF_CLASS_PER_CREDIT = CARNEGIE.weeks * CARNEGIE.outOfClassPerWeek;

export const carnegie = defineRule({
  id: 'us-credit-hours/contact-hours',
  group,
  scope: 'credential',
  reads: ['credential-view'],
  severity: 'warning',
  title: `At least ${CONTACT_PER_CREDIT} contact hours and about ${OUT_OF_CLASS_PER_CREDIT} out-of-class hours per credit hour`,
  check(c, ctx, emit) {
    if (c.credits?.unit !== 'us-credit-hour' || !(c.credits.value > 0)) return;
    const { activities } = ctx.credential(c);
    if (!activities.length) return;
    const { contact, self: outOfClass } = sumActivityHours(activities);
    const credits = c.credits.value;
    const minContact = credits * CONTACT_PER_CREDIT;
    const expectedOut = credits * OUT_OF_CLASS_PER_CREDIT;
    const shortContact = contact < minContact - 1e-9;
    const outOff = Math.abs(outOfClass - expectedOut) > expectedOut * TOLERANCE + 1e-9;
    if (!shortContact && !outOff) return;
    const problems = [
      ...(shortContact ? [`${num(contact)} contact hours, below the ${num(minContact)} of one hour of instruction a week for ${CARNEGIE.weeks} weeks per credit`] : []),
      ...(outOff ? [`${num(outOfClass)} out-of-class hours where ${num(expectedOut)} (± 20%) are expected: two hours a week for ${CARNEGIE.weeks} weeks per credit`] : []),
    ];
    emit({
      target: c.id,
      message: `The learning activities of ${credentialName(c)} give ${problems.join(', and ')}, for ${formatCredits(c.credits)} (34 CFR 600.2).`,
      fix: shortContact
        ? `Plan at least ${num(minContact)} hours of instruction (contact hours) in its activities${outOff ? ` and about ${num(expectedOut)} hours of out-of-class work (self-study hours)` : ''}, or lower the credit hours.`
        : `Plan about ${num(expectedOut)} hours of out-of-class work (the activities' self-study hours), or adjust the credit hours.`,
    });
  },
});

const rules: AnyRule[] = [creditCap, creditsStated, workload, carnegie];

export const US_CREDIT_HOURS: Profile = {
  id: 'us-credit-hours',
  name: 'US credit hours (institutional practice)',
  citation: 'US institutional practice (certificates commonly capped at 15–18 credit hours); federal credit-hour definition, 34 CFR 600.2 (one hour of classroom or direct faculty instruction and a minimum of two hours of out-of-class student work each week for approximately fifteen weeks)',
  rules,
};
