import { CREDIT_UNITS, type CreditUnit, type Credits, type Settings } from '../model';

/**
 * Credit arithmetic. Credits always travel with their unit; conversions go through
 * notional learning hours, never straight from one unit's number to another's.
 */

/** Hours per credit. The map's `hoursPerCredit` overrides the convention of the map's own unit only. */
export function hoursPerCredit(unit: CreditUnit, settings: Pick<Settings, 'creditUnit' | 'hoursPerCredit'>): number | undefined {
  if (unit === settings.creditUnit && settings.hoursPerCredit !== undefined) return settings.hoursPerCredit;
  return CREDIT_UNITS[unit].hoursPerCredit;
}

/** Notional hours a credit value stands for, or undefined when the unit has no convention. */
export function creditsToHours(credits: Credits, settings: Pick<Settings, 'creditUnit' | 'hoursPerCredit'>): number | undefined {
  const h = hoursPerCredit(credits.unit, settings);
  return h === undefined ? undefined : credits.value * h;
}

/** The value of `credits` in `unit` (through hours when the units differ), or undefined. */
export function convertCredits(credits: Credits, unit: CreditUnit, settings: Pick<Settings, 'creditUnit' | 'hoursPerCredit'>): number | undefined {
  if (credits.unit === unit) return credits.value;
  const hours = creditsToHours(credits, settings);
  const per = hoursPerCredit(unit, settings);
  return hours === undefined || per === undefined ? undefined : hours / per;
}

/**
 * The range of notional hours a credit value is consistent with. ECTS: 25–30 hours per
 * credit (ECTS Users' Guide 2015, §3.2); other units: their hours per credit ± `tolerance`.
 */
export function hoursBand(
  credits: Credits,
  settings: Pick<Settings, 'creditUnit' | 'hoursPerCredit'>,
  tolerance = 0.2,
): { min: number; max: number; expected: number } | undefined {
  const expected = creditsToHours(credits, settings);
  if (expected === undefined) return undefined;
  if (credits.unit === 'ects' && settings.hoursPerCredit === undefined) return { min: credits.value * 25, max: credits.value * 30, expected };
  return { min: expected * (1 - tolerance), max: expected * (1 + tolerance), expected };
}

/** The EU's range of notional hours per ECTS credit (ECTS Users' Guide 2015, §3.2). */
export const ECTS_HOURS_RANGE = { min: 25, max: 30 } as const;

/** Hours per ECTS credit: the map's own when its unit is ECTS and it sets one, else 27.5 (the middle of 25–30). */
export function ectsPerCredit(settings: Pick<Settings, 'creditUnit' | 'hoursPerCredit'>): number {
  return hoursPerCredit('ects', settings) ?? (ECTS_HOURS_RANGE.min + ECTS_HOURS_RANGE.max) / 2;
}

/** What an ECTS equivalent is worked out from. */
export interface EctsEquivalent {
  /** The one figure: notional hours ÷ hours per ECTS credit, to one decimal. */
  value: number;
  /** The notional hours it stands for: the stated workload, else the credits in hours. */
  hours: number;
  /** Hours per ECTS credit used: the map's own when its unit is ECTS, else the middle of 25–30. */
  perCredit: number;
  /** Where the hours come from. */
  from: 'workload' | 'credits';
}

/**
 * The ECTS equivalent of a credential's workload, or undefined when it states its credits in
 * ECTS (nothing to convert) or no hours can be read from it. This is the one conversion the
 * analysis and every export use: notional hours (the stated workload, else the credits in
 * hours) divided by the hours per ECTS credit, rounded to one decimal.
 */
export function ectsEquivalent(
  c: { credits?: Credits; workloadHours?: number },
  settings: Pick<Settings, 'creditUnit' | 'hoursPerCredit'>,
): EctsEquivalent | undefined {
  if (c.credits?.unit === 'ects') return undefined;
  const fromWorkload = c.workloadHours !== undefined && c.workloadHours > 0;
  const hours = fromWorkload ? c.workloadHours : c.credits ? creditsToHours(c.credits, settings) : undefined;
  if (hours === undefined || !(hours > 0)) return undefined;
  const perCredit = ectsPerCredit(settings);
  return { value: Math.round((hours / perCredit) * 10) / 10, hours, perCredit, from: fromWorkload ? 'workload' : 'credits' };
}

/** The ECTS equivalent in words: "about 19.6 ECTS credits at 27.5 hours per credit". */
export function formatEcts(e: EctsEquivalent): string {
  return `about ${num(e.value)} ECTS ${e.value === 1 ? 'credit' : 'credits'} at ${num(e.perCredit)} hours per credit`;
}

/** Where the hours per ECTS credit come from, said once: "27.5 hours per ECTS credit, the middle of the EU's 25–30". */
export function ectsRule(settings: Pick<Settings, 'creditUnit' | 'hoursPerCredit'>): string {
  const per = ectsPerCredit(settings);
  const { min, max } = ECTS_HOURS_RANGE;
  return per === (min + max) / 2
    ? `${num(per)} hours per ECTS credit, the middle of the ${min}–${max} hours of the ECTS Users' Guide`
    : `${num(per)} hours per ECTS credit, the map's own convention`;
}

/** Contact and self-study (out-of-class) hours of some learning activities, added up. */
export function sumActivityHours(activities: readonly { contactHours: number; selfStudyHours: number }[]): { contact: number; self: number } {
  let contact = 0;
  let self = 0;
  for (const a of activities) {
    contact += a.contactHours;
    self += a.selfStudyHours;
  }
  return { contact, self };
}

/** A number for a message: whole numbers as they are, others with at most one decimal. */
export function num(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 10) / 10);
}

/** "12 credit hours", "5 ECTS". */
export function formatCredits(credits: Credits): string {
  return `${num(credits.value)} ${CREDIT_UNITS[credits.unit].short}`;
}

export function formatValue(value: number, unit: CreditUnit): string {
  return formatCredits({ value, unit });
}
