/**
 * Countries as the content names them: an ISO 3166-1 alpha-2 code, the same in every edition, and
 * each language's words for it, checked against that language's own name for the country as
 * `Intl.DisplayNames` gives it (the Unicode CLDR names the runtime carries), in its long or its
 * short style: English "South Korea", Korean "대한민국" or "한국". Nothing else is accepted, so a
 * label that names another country (일본 on `RU`) or none is an error, not a guess.
 */

/** Codes of the form that name no country: user-assigned (AA, QM–QZ, XA–XZ but Kosovo's XK, ZZ) and CLDR's groupings (EU, EZ, UN). */
const NOT_COUNTRIES = /^(?:AA|Q[M-Z]|X[A-JL-Z]|ZZ|EU|EZ|UN)$/;

/** The runtime's names of regions in one language and style, made once per locale and style. */
const namers = new Map<string, Intl.DisplayNames>();
function namer(locale: string, style: 'long' | 'short'): Intl.DisplayNames {
  const key = `${locale}\0${style}`;
  let names = namers.get(key);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region', style, fallback: 'none' });
    namers.set(key, names);
  }
  return names;
}

/**
 * Whether a code is the ISO 3166-1 alpha-2 code of a country or territory (`KR`, `CA`).
 *
 * @returns `true` for two capitals the runtime names as a region, other than the codes that name no
 * country and the old codes it stands in another for (`UK`, `SU`, `DD`: Intl names them as `GB`, `RU`, `DE`,
 * so content must write the current code, and one country has one code).
 */
export function isCountryCode(code: string): boolean {
  return (
    /^[A-Z]{2}$/.test(code) &&
    !NOT_COUNTRIES.test(code) &&
    new Intl.Locale(`und-${code}`).region === code &&
    namer('en', 'long').of(code) !== undefined
  );
}

/**
 * The code that stands for an old one (`GB` for `UK`, `RU` for `SU`), for a message that says what to write.
 *
 * @returns The current code, or `undefined` when `code` is no old code of a country.
 */
export function currentCode(code: string): string | undefined {
  if (!/^[A-Z]{2}$/.test(code)) return undefined;
  const region = new Intl.Locale(`und-${code}`).region;
  return region !== undefined && region !== code && isCountryCode(region) ? region : undefined;
}

/**
 * A language's names for a country: long first, then the short one if it differs (`대한민국`, `한국`).
 *
 * @returns The names; none for a code that is not a country's.
 */
export function countryNames(locale: string, code: string): string[] {
  if (!isCountryCode(code)) return [];
  const names = (['long', 'short'] as const).map((style) => namer(locale, style).of(code));
  return [...new Set(names.filter((name): name is string => name !== undefined))];
}

/** Words compared as a reader reads them: Unicode-normalised, spaces collapsed, case folded in the language. */
function fold(words: string, locale: string): string {
  return words.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase(locale);
}

/**
 * Whether words are a language's name for a country: its long or short name, ignoring case and spacing.
 *
 * @returns `true` if they are.
 */
export function namesCountry(words: string, locale: string, code: string): boolean {
  return countryNames(locale, code).some((name) => fold(name, locale) === fold(words, locale));
}
