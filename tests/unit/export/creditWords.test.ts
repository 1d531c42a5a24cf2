import { describe, expect, it } from 'vitest';
import { exportSpecification } from '../../../shared/export';
import { formatCredits } from '../../../shared/export/elements';
import { apply } from '../../helpers/builders';
import { first, readDocx, tableRows, tablesWithHeader, text } from './helpers/docx';
import { ID, NOW, sampleDoc } from './helpers/fixtures';

/** Credit values as a reader reads them: a number and the name of its unit, in running text. */

describe('credit values in words', () => {
  it('names the unit after the number, singular for one', () => {
    expect(formatCredits({ value: 12, unit: 'us-credit-hour' })).toBe('12 US credit hours');
    expect(formatCredits({ value: 1, unit: 'ects' })).toBe('1 ECTS credit');
    expect(formatCredits({ value: 40, unit: 'nz-credit' })).toBe('40 NZ credits');
  });

  it('calls an institution\'s own credit points (the "other" unit, Australia\'s default) plain credits, never "Other credits"', async () => {
    expect(formatCredits({ value: 10, unit: 'other' })).toBe('10 credits');
    expect(formatCredits({ value: 1, unit: 'other' })).toBe('1 credit');
    // An Australian map: credit system "other", as New Map sets it there.
    let doc = apply(sampleDoc(), 'settings.update', { changes: { country: 'Australia', creditUnit: 'other', profiles: ['au-nmf'] } });
    doc = apply(doc, 'entity.update', { id: ID.credential.cloud, changes: { credits: { value: 10, unit: 'other' } } });
    doc = apply(doc, 'entity.update', { id: ID.program.bsCyber, changes: { totalCredits: { value: 24, unit: 'other' } } });
    const body = first(readDocx(await exportSpecification(doc, ID.credential.cloud, { now: NOW, pageNumbers: false })).xml('word/document.xml'), 'w:body')!;
    expect(text(body)).not.toMatch(/other credit/i);
    const summary = tableRows(tablesWithHeader(body, 'Element')[0]!);
    expect(summary.find((r) => r[0] === 'Notional workload (ECTS wherever possible)')![1]).toMatch(/^135 hours of notional learning; 10 credits; about 4\.9 ECTS credits/);
    expect(text(body)).toContain('Credit value: 10 credits (this credit unit has no conventional hours per credit).');
    expect(tableRows(tablesWithHeader(body, 'Program')[0]!)[1]).toEqual(['B.S. in Cybersecurity', 'Bachelor’s degree', '3 credits', '24 credits', 'Northfield State University']);
  });
});
