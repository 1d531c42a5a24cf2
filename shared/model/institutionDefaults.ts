import { countryCode, EU_MEMBER_STATES } from './country';
import type { Settings } from './document';
import type { CreditUnit, ProfileId } from './vocab';

/**
 * The credit system and accreditation profiles that follow from where the institution is.
 * The one table the New Map flow, `mcred new`, the map settings and the tests all use.
 *
 * | country | credit unit | profiles |
 * | --- | --- | --- |
 * | United States (and its territories) | US credit hours | US credit hours (the EU profile off) |
 * | an EU member state | ECTS | EU 2022 |
 * | New Zealand | NZ credits | NZQA |
 * | Australia | other (volume of learning is stated in hours; credit points differ by university) | AU NMF |
 * | none, or one not in this table | ECTS | EU 2022 (what a new map always had) |
 */
export interface InstitutionDefaults {
  creditUnit: CreditUnit;
  profiles: ProfileId[];
}

/** Defaults when the country is not set or not one the table knows. */
export const FALLBACK_DEFAULTS: Readonly<InstitutionDefaults> = { creditUnit: 'ects', profiles: ['eu-2022'] };

/** The credit unit and profiles for an institution in `country` (free text: "USA", "Deutschland", "NZ" …). */
export function defaultsForCountry(country: string | undefined): InstitutionDefaults {
  const code = countryCode(country);
  if (code === 'us') return { creditUnit: 'us-credit-hour', profiles: ['us-credit-hours'] };
  if (code === 'nz') return { creditUnit: 'nz-credit', profiles: ['nzqa'] };
  if (code === 'au') return { creditUnit: 'other', profiles: ['au-nmf'] };
  if (code !== undefined && EU_MEMBER_STATES.has(code)) return { creditUnit: 'ects', profiles: ['eu-2022'] };
  return { creditUnit: FALLBACK_DEFAULTS.creditUnit, profiles: [...FALLBACK_DEFAULTS.profiles] };
}

/** Who the institution is, as remembered for the next new map. */
export interface Institution {
  institution?: string;
  country?: string;
  /** Chosen by the user; when absent, the country's default. */
  creditUnit?: CreditUnit;
  profiles?: ProfileId[];
}

/**
 * The settings of a new map: its title, the institution and country, and the credit unit
 * and profiles the user chose, else the country's defaults. Blank text is left out.
 */
export function newMapSettings(title: string, institution: Institution = {}): Settings {
  const defaults = defaultsForCountry(institution.country);
  const name = institution.institution?.trim();
  const country = institution.country?.trim();
  return {
    title,
    ...(name ? { institution: name } : {}),
    ...(country ? { country } : {}),
    creditUnit: institution.creditUnit ?? defaults.creditUnit,
    profiles: institution.profiles ? [...institution.profiles] : defaults.profiles,
  };
}

/**
 * The change that would bring a map's credit unit and profiles to its country's defaults
 * (keeping the institution's own house rules on), or undefined when the country is not
 * recognised or the map already has them. After the user changes the country, the app
 * offers this change as one undoable step; it never makes it unasked.
 */
export function countryDefaultsChange(settings: Pick<Settings, 'country' | 'creditUnit' | 'profiles'>): InstitutionDefaults | undefined {
  if (countryCode(settings.country) === undefined) return undefined;
  const defaults = defaultsForCountry(settings.country);
  const profiles = settings.profiles.includes('house') ? [...defaults.profiles, 'house' as const] : defaults.profiles;
  const sameProfiles = profiles.length === settings.profiles.length && profiles.every((p) => settings.profiles.includes(p));
  return defaults.creditUnit === settings.creditUnit && sameProfiles ? undefined : { creditUnit: defaults.creditUnit, profiles };
}
