import { describe, expect, it } from 'vitest';
import { convertCredits, creditsToHours, hoursBand, hoursPerCredit, nzCredits, outcomeCountRange } from '../../../shared/analysis';
import { makeCredential, makeSettings } from '../../helpers/builders';

const map = makeSettings({ creditUnit: 'ects' });

describe('credit arithmetic', () => {
  it('uses each unit’s hours per credit, and the map’s override for its own unit only', () => {
    expect(hoursPerCredit('us-credit-hour', map)).toBe(45);
    expect(hoursPerCredit('ects', map)).toBe(27.5);
    expect(hoursPerCredit('ects', { ...map, hoursPerCredit: 25 })).toBe(25);
    expect(hoursPerCredit('us-credit-hour', { ...map, hoursPerCredit: 25 })).toBe(45);
    expect(hoursPerCredit('other', map)).toBeUndefined();
  });

  it('converts through hours', () => {
    expect(creditsToHours({ value: 12, unit: 'us-credit-hour' }, map)).toBe(540);
    expect(convertCredits({ value: 12, unit: 'us-credit-hour' }, 'nz-credit', map)).toBe(54);
    expect(convertCredits({ value: 3, unit: 'other' }, 'other', map)).toBe(3);
    expect(convertCredits({ value: 3, unit: 'other' }, 'ects', map)).toBeUndefined();
  });

  it('accepts 25–30 hours per ECTS credit and ± 20% for other units', () => {
    expect(hoursBand({ value: 5, unit: 'ects' }, map)).toEqual({ min: 125, max: 150, expected: 137.5 });
    expect(hoursBand({ value: 3, unit: 'us-credit-hour' }, map)).toEqual({ min: 108, max: 162, expected: 135 });
  });

  it('reads a credential’s size in NZ credits', () => {
    expect(nzCredits(makeCredential({ credits: { value: 15, unit: 'nz-credit' } }), map)?.value).toBe(15);
    expect(nzCredits(makeCredential({ credits: { value: 3, unit: 'us-credit-hour' } }), map)?.value).toBe(13.5);
    expect(nzCredits(makeCredential({ workloadHours: 60 }), map)?.value).toBe(6);
    expect(nzCredits(makeCredential(), map)).toBeUndefined();
  });

  it('scales the outcome count a credential can support with its size', () => {
    expect(outcomeCountRange(undefined)).toEqual({ min: 3, max: 8 });
    expect(outcomeCountRange(20)).toEqual({ min: 1, max: 4 });
    expect(outcomeCountRange(540)).toEqual({ min: 3, max: 8 });
    expect(outcomeCountRange(900)).toEqual({ min: 3, max: 9 });
    expect(outcomeCountRange(5000)).toEqual({ min: 3, max: 12 });
  });
});
