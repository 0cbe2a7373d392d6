import { describe, expect, it } from 'vitest';
import { countryNames, isCountryCode, namesCountry } from '../../pipeline/shared/countries.js';
import { PHRASES } from '../../src/phrases/all.js';

describe('country codes and names, from Intl.DisplayNames', () => {
  it('knows a code of a country or territory, and no other two letters', () => {
    for (const code of ['KR', 'KP', 'CN', 'RU', 'CA', 'GB', 'XK']) expect(isCountryCode(code), code).toBe(true);
    for (const code of ['ZZ', 'AA', 'QO', 'XA', 'EU', 'UN', 'AB', 'kr', 'KOR', 'K', ''])
      expect(isCountryCode(code), code).toBe(false);
  });

  it('refuses an old code Intl names as another (UK as GB, SU as RU, DD as DE): one country, one code', () => {
    for (const code of ['UK', 'SU', 'DD', 'YU', 'ZR']) expect(isCountryCode(code), code).toBe(false);
  });

  it("gives each language's long and short names as the runtime has them", () => {
    expect(countryNames('en', 'KR')).toEqual(['South Korea']);
    expect(countryNames('ko', 'KR')).toEqual(['대한민국', '한국']);
    expect(countryNames('ko', 'RU')).toEqual(['러시아']);
    expect(countryNames('en', 'ZZ')).toEqual([]);
  });

  it("accepts a language's name of the country, ignoring case and spacing, and nothing else", () => {
    expect(namesCountry('South Korea', 'en', 'KR')).toBe(true);
    expect(namesCountry('south  korea', 'en', 'KR')).toBe(true);
    expect(namesCountry('한국', 'ko', 'KR')).toBe(true);
    expect(namesCountry('대한민국', 'ko', 'KR')).toBe(true);
    expect(namesCountry('일본', 'ko', 'RU')).toBe(false);
    expect(namesCountry('Korea', 'en', 'KR')).toBe(false);
    expect(namesCountry('South Korea', 'ko', 'KR')).toBe(false);
    expect(namesCountry('Atlantis', 'en', 'AA')).toBe(false);
  });

  it("names every edition's destinations: each language with phrases has its own names for them", () => {
    for (const locale of Object.keys(PHRASES))
      for (const code of ['KR', 'CN', 'RU'])
        expect(countryNames(locale, code).length, `${locale} ${code}`).toBeGreaterThan(0);
  });
});
