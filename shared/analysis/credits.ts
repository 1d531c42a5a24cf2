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
