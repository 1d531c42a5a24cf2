import { describe, expect, it } from 'vitest';
import { formatNumberInput, parseNumberInput } from '../../../renderer/src/features/inspector/model/numbers';
import { creditsName, creditsText, workloadText } from '../../../renderer/src/features/inspector/model/units';

describe('reading a typed number', () => {
  it('reads plain numbers, decimals and signs', () => {
    expect(parseNumberInput('540')).toEqual({ kind: 'number', value: 540 });
    expect(parseNumberInput(' 27.5 ')).toEqual({ kind: 'number', value: 27.5 });
    expect(parseNumberInput('.5')).toEqual({ kind: 'number', value: 0.5 });
    expect(parseNumberInput('-3')).toEqual({ kind: 'number', value: -3 });
  });

  it('treats empty or blank text as no value, so an optional field is cleared', () => {
    expect(parseNumberInput('')).toEqual({ kind: 'empty' });
    expect(parseNumberInput('   ')).toEqual({ kind: 'empty' });
  });

  it('says "must be a number" for text that is not one', () => {
    for (const text of ['12h', 'twelve', '1.2.3', '--1', 'Infinity', 'NaN', '0x10']) {
      expect(parseNumberInput(text), text).toEqual({ kind: 'invalid', message: 'must be a number' });
    }
  });

  it('refuses a comma rather than guessing whether it is a decimal point or a thousands separator', () => {
    expect(parseNumberInput('1,5')).toMatchObject({ kind: 'invalid', message: expect.stringMatching(/^must be a number — use a point/) });
  });

  it('asks for a whole number where the field needs one', () => {
    expect(parseNumberInput('2.5', { integer: true })).toEqual({ kind: 'invalid', message: 'must be a whole number' });
    expect(parseNumberInput('24', { integer: true })).toEqual({ kind: 'number', value: 24 });
  });

  it('shows stored numbers plainly', () => {
    expect(formatNumberInput(undefined)).toBe('');
    expect(formatNumberInput(540)).toBe('540');
    expect(formatNumberInput(27.5)).toBe('27.5');
    expect(formatNumberInput(0.1 + 0.2)).toBe('0.3');
  });
});

describe('units in words', () => {
  const us = { creditUnit: 'us-credit-hour' as const };

  it('says what a credit value amounts to in hours, naming the unit', () => {
    expect(creditsText({ value: 12, unit: 'us-credit-hour' }, us)).toBe('12 US credit hours = 540 h at 45 h per credit');
    expect(creditsText({ value: 5, unit: 'ects' }, us)).toBe('5 ECTS credits = 137.5 h at 27.5 h per credit');
    expect(creditsText({ value: 1, unit: 'nz-credit' }, us)).toBe('1 NZ credit = 10 h at 10 h per credit');
  });

  it("uses the map's hours per credit for the map's own unit, and says so", () => {
    expect(creditsText({ value: 3, unit: 'ects' }, { creditUnit: 'ects', hoursPerCredit: 30 })).toBe('3 ECTS credits = 90 h at 30 h per credit (map setting)');
    expect(creditsText({ value: 3, unit: 'us-credit-hour' }, { creditUnit: 'ects', hoursPerCredit: 30 })).toBe('3 US credit hours = 135 h at 45 h per credit');
  });

  it('says when a unit has no conventional hours', () => {
    expect(creditsText({ value: 4, unit: 'other' }, us)).toBe("4 credits; set the map's hours per credit to convert them to hours");
  });

  it('names units in the singular for one', () => {
    expect(creditsName(1, 'us-credit-hour')).toBe('1 US credit hour');
    expect(creditsName(1, 'ceu')).toBe('1 Continuing Education Unit');
    expect(creditsName(2, 'uk-cats')).toBe('2 UK CATS credits');
    // An institution's own credit points: not "4 Other credits".
    expect(creditsName(4, 'other')).toBe('4 credits');
    expect(creditsName(1, 'other')).toBe('1 credit');
  });

  it("expresses a workload in the map's credits", () => {
    expect(workloadText(540, us)).toBe('540 h ≈ 12 US credit hours at 45 h per credit');
    expect(workloadText(100, us)).toBe('100 h ≈ 2.22 US credit hours at 45 h per credit');
    expect(workloadText(100, { creditUnit: 'other' })).toBeUndefined();
  });
});
