import { describe, expect, it } from 'vitest';
import { countryCode, countryDefaultsChange, defaultsForCountry, newMapSettings } from '../../../shared/model';
import { Settings } from '../../../shared/model';

describe('the country, typed as free text', () => {
  it('is recognised by name or ISO code, in any case and spacing', () => {
    for (const c of ['United States', 'USA', 'us', ' united  states of america ', 'U.S.', 'Puerto Rico']) expect(countryCode(c), c).toBe('us');
    for (const c of ['New Zealand', 'NZ', 'nzl', 'Aotearoa']) expect(countryCode(c), c).toBe('nz');
    for (const c of ['Germany', 'Deutschland', 'DE', 'deu']) expect(countryCode(c), c).toBe('de');
    expect(countryCode('Australia')).toBe('au');
  });

  it('is undefined when empty or unknown', () => {
    for (const c of ['', '   ', undefined, 'Narnia', 'United']) expect(countryCode(c), String(c)).toBeUndefined();
  });
});

describe('defaults follow the institution', () => {
  it('gives US credit hours and the US profile in the United States, with the EU profile off', () => {
    expect(defaultsForCountry('United States')).toEqual({ creditUnit: 'us-credit-hour', profiles: ['us-credit-hours'] });
  });

  it('gives ECTS and EU 2022 in every EU member state', () => {
    for (const c of ['Ireland', 'France', 'Sweden', 'Malta', 'NL', 'Poland']) expect(defaultsForCountry(c), c).toEqual({ creditUnit: 'ects', profiles: ['eu-2022'] });
  });

  it('gives NZ credits and NZQA in New Zealand, and the AU NMF in Australia', () => {
    expect(defaultsForCountry('New Zealand')).toEqual({ creditUnit: 'nz-credit', profiles: ['nzqa'] });
    expect(defaultsForCountry('Australia')).toEqual({ creditUnit: 'other', profiles: ['au-nmf'] });
  });

  it('keeps what a new map always had when the country is unknown or not set', () => {
    for (const c of ['', undefined, 'Narnia']) expect(defaultsForCountry(c), String(c)).toEqual({ creditUnit: 'ects', profiles: ['eu-2022'] });
  });

  it('makes valid settings for a new map, with the choices the user made kept over the country', () => {
    const us = newMapSettings('Data Analytics', { institution: ' Northfield State ', country: 'USA' });
    expect(us).toEqual({ title: 'Data Analytics', institution: 'Northfield State', country: 'USA', creditUnit: 'us-credit-hour', profiles: ['us-credit-hours'] });
    expect(Settings.safeParse(us).success).toBe(true);
    expect(newMapSettings('T', { country: 'USA', profiles: ['us-credit-hours', 'house'] }).profiles).toEqual(['us-credit-hours', 'house']);
    expect(newMapSettings('T', { institution: '  ', country: '' })).toEqual({ title: 'T', creditUnit: 'ects', profiles: ['eu-2022'] });
  });
});

describe('changing the country of an existing map', () => {
  it('offers the new country\'s defaults, keeping house rules on', () => {
    const change = countryDefaultsChange({ country: 'United States', creditUnit: 'ects', profiles: ['eu-2022', 'house'] });
    expect(change).toEqual({ creditUnit: 'us-credit-hour', profiles: ['us-credit-hours', 'house'] });
  });

  it('offers nothing when the map already has them or the country is unknown', () => {
    expect(countryDefaultsChange({ country: 'USA', creditUnit: 'us-credit-hour', profiles: ['us-credit-hours'] })).toBeUndefined();
    expect(countryDefaultsChange({ country: 'Narnia', creditUnit: 'ects', profiles: [] })).toBeUndefined();
    expect(countryDefaultsChange({ creditUnit: 'ects', profiles: [] })).toBeUndefined();
  });
});
