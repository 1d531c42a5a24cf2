import { CREDIT_UNITS, Credential } from '../../model';
import { convertCredits, formatCredits, formatValue, num } from '../credits';
import { credentialName, plural } from '../text';
import { defineRule, type AnyRule, type Profile } from '../types';
import { isFilled } from './fields';

/**
 * The institution's own rules, kept in the map (`settings.house`) and edited in the app:
 * a credit cap in the map's credit unit, a range of outcomes per credential, and
 * credential fields that must be filled in.
 */

const group = 'house';
/** Credential fields a house profile may require. */
export const CREDENTIAL_FIELDS: ReadonlySet<string> = new Set(Object.keys(Credential.shape));

export const notConfigured = defineRule({
  id: 'house/not-configured',
  group,
  scope: 'map',
  reads: ['settings'],
  severity: 'info',
  title: 'House profile enabled but not configured',
  check(doc, _ctx, emit) {
    if (doc.settings.house) return;
    emit({
      target: 'map',
      field: 'house',
      message: 'The house profile is enabled, but the map has no house rules yet.',
      fix: 'Set the institution’s rules in the map settings (credit cap, outcomes per credential, required fields).',
    });
  },
});

export const unknownField = defineRule({
  id: 'house/unknown-field',
  group,
  scope: 'map',
  reads: ['settings'],
  severity: 'warning',
  title: 'House profile requires a field credentials do not have',
  check(doc, _ctx, emit) {
    for (const f of doc.settings.house?.requiredFields ?? []) {
      if (CREDENTIAL_FIELDS.has(f)) continue;
      emit({
        target: 'map',
        field: 'house',
        message: `The house rules require “${f}”, which is not a field of a credential, so it is not checked.`,
        fix: 'Correct the field name in the house rules (e.g. “targetAudience”, “reviewCycleMonths”).',
      });
    }
  },
});

export const maxCredits = defineRule({
  id: 'house/max-credits',
  group,
  scope: 'credential',
  reads: ['settings'],
  severity: 'error',
  title: 'Credit value within the house cap',
  check(c, ctx, emit) {
    const house = ctx.settings.house;
    if (house?.maxCredits === undefined || !c.credits) return;
    const unit = ctx.settings.creditUnit;
    const value = convertCredits(c.credits, unit, ctx.settings);
    if (value === undefined || value <= house.maxCredits + 1e-9) return;
    const shown = c.credits.unit === unit ? formatCredits(c.credits) : `${formatCredits(c.credits)} (≈ ${formatValue(value, unit)})`;
    emit({
      target: c.id,
      field: 'credits',
      message: `${credentialName(c)} carries ${shown}; the house rules (${house.name}) allow at most ${num(house.maxCredits)} ${CREDIT_UNITS[unit].short}.`,
      fix: `Reduce it to ${formatValue(house.maxCredits, unit)} or fewer, or split it.`,
    });
  },
});

export const minOutcomes = defineRule({
  id: 'house/min-outcomes',
  group,
  scope: 'credential',
  reads: ['credential-view', 'settings'],
  severity: 'error',
  title: 'At least the house minimum of outcomes',
  check(c, ctx, emit) {
    const min = ctx.settings.house?.minOutcomes;
    const n = ctx.credential(c).outcomes.length;
    if (min === undefined || n >= min) return;
    emit({
      target: c.id,
      message: `${credentialName(c)} has ${plural(n, 'learning outcome')}; the house rules (${ctx.settings.house!.name}) require at least ${min}.`,
      fix: `Add outcomes until it has at least ${min}.`,
    });
  },
});

export const maxOutcomes = defineRule({
  id: 'house/max-outcomes',
  group,
  scope: 'credential',
  reads: ['credential-view', 'settings'],
  severity: 'error',
  title: 'At most the house maximum of outcomes',
  check(c, ctx, emit) {
    const max = ctx.settings.house?.maxOutcomes;
    const n = ctx.credential(c).outcomes.length;
    if (max === undefined || n <= max) return;
    emit({
      target: c.id,
      message: `${credentialName(c)} has ${plural(n, 'learning outcome')}; the house rules (${ctx.settings.house!.name}) allow at most ${max}.`,
      fix: `Merge or remove outcomes until it has at most ${max}.`,
    });
  },
});

export const requiredFields = defineRule({
  id: 'house/required-field',
  group,
  scope: 'credential',
  reads: ['settings'],
  severity: 'error',
  title: 'Fields the house rules require are filled in',
  check(c, ctx, emit) {
    const house = ctx.settings.house;
    if (!house) return;
    const record = c as Record<string, unknown>;
    for (const f of house.requiredFields) {
      if (!CREDENTIAL_FIELDS.has(f) || isFilled(record[f])) continue;
      emit({
        target: c.id,
        field: f,
        message: `${credentialName(c)} has no “${f}”, which the house rules (${house.name}) require.`,
        fix: `Fill in “${f}”.`,
      });
    }
  },
});

const rules: AnyRule[] = [notConfigured, unknownField, maxCredits, minOutcomes, maxOutcomes, requiredFields];

export const HOUSE: Profile = {
  id: 'house',
  name: 'House rules',
  citation: 'The institution’s own rules, stored in the map settings',
  rules,
};
