import { CREDIT_UNITS, creditUnitName, type CreditUnit, type Credits, type Settings } from '../../../../../shared/model';
import { hoursPerCredit } from '../../../../../shared/analysis/credits';
import { formatNumber } from './numbers';

type CreditSettings = Pick<Settings, 'creditUnit' | 'hoursPerCredit'>;

/** "12 US credit hours", "1 ECTS credit", "10 credits" — the unit's full name, singular for one. */
export function creditsName(value: number, unit: CreditUnit): string {
  return `${formatNumber(value)} ${creditUnitName(unit, value)}`;
}

/**
 * What a credit value amounts to in notional hours, e.g.
 * "12 US credit hours = 540 h at 45 h per credit". Says so when the unit has no convention.
 */
export function creditsText(credits: Credits, settings: CreditSettings): string {
  const per = hoursPerCredit(credits.unit, settings);
  const name = creditsName(credits.value, credits.unit);
  if (per === undefined) return `${name}; set the map's hours per credit to convert them to hours`;
  const overridden = credits.unit === settings.creditUnit && settings.hoursPerCredit !== undefined;
  return `${name} = ${formatNumber(credits.value * per)} h at ${formatNumber(per)} h per credit${overridden ? ' (map setting)' : ''}`;
}

/** "540 h ≈ 12 US credit hours" — the workload expressed in the map's credit unit. */
export function workloadText(hours: number, settings: CreditSettings): string | undefined {
  const per = hoursPerCredit(settings.creditUnit, settings);
  if (per === undefined || per <= 0) return undefined;
  return `${formatNumber(hours)} h ≈ ${creditsName(Math.round((hours / per) * 100) / 100, settings.creditUnit)} at ${formatNumber(per)} h per credit`;
}

/** Short unit name for a number input's adornment: "credit hours", "ECTS". */
export function creditUnitShort(unit: CreditUnit): string {
  return CREDIT_UNITS[unit].short;
}
