/** The estimate's own rules (AUTHORING.md lists them with the others), and the check of its destinations. */
import type { VFile } from 'vfile';
import type { DestinationCountry } from '../../src/types.js';
import { countryNames, isCountryCode, namesCountry } from '../shared/countries.js';
import { type Place, reporterOf } from '../shared/rules.js';

/** The rules only the estimate section breaks. */
export const ESTIMATE_RULES = {
  'estimate-missing': 'The estimate section marks its figure with `:estimate[…]`.',
  'estimate-source-missing': 'The estimate names who it comes from with `:source[…]`.',
  'mark-twice': 'The estimate has one `:estimate`, one `:source` and at most one `:since`.',
  'estimate-figure':
    'The words of `:estimate[…]` are a figure: a number, optionally after a qualifier (“over 30,000”).',
  'estimate-language': 'A translation’s language has phrases to write the source’s figure in.',
  'since-year': '`:since[…]` is a four-digit year, not after the article’s date.',
  'destination-country':
    'A `:destination[…]` names its country by its ISO 3166-1 alpha-2 code, the same in every edition: `:destination[South Korea]{#KR}`.',
  'destination-label':
    'A destination’s words are the edition language’s name for its country, as `Intl.DisplayNames` gives it in its long or short style (“South Korea”; “대한민국” or “한국”).',
} as const;

/** Reports a problem breaking one of the estimate's rules. */
export const reportEstimate = reporterOf(ESTIMATE_RULES);

/**
 * The estimate's destinations as countries: each mark's id is a country's code, and its words are
 * the name of that country in the article's language (long or short, as `Intl.DisplayNames` gives
 * it: "South Korea"; "대한민국" or "한국"). Each problem is reported at its mark.
 *
 * @returns The countries in order, or `undefined` if a destination has a problem.
 */
export function checkDestinations(
  draft: {
    readonly destinations: readonly string[];
    readonly destinationMarks: readonly { readonly id: string; readonly place: Place }[];
  },
  locale: string,
  file: VFile,
): DestinationCountry[] | undefined {
  let ok = true;
  const countries = draft.destinationMarks.map(({ id, place }, index) => {
    const name = draft.destinations[index]!;
    if (!isCountryCode(id)) {
      ok = false;
      reportEstimate(
        file,
        'destination-country',
        `:destination[${name}] needs its country's ISO 3166-1 alpha-2 code as its id, e.g. {#KR} for South Korea ("${id}" is none)`,
        place,
      );
    } else if (!namesCountry(name, locale, id)) {
      ok = false;
      const names = countryNames(locale, id).map((n) => `"${n}"`);
      reportEstimate(
        file,
        'destination-label',
        `:destination[${name}]{#${id}} does not name ${id} in "${locale}": write ${names.join(' or ')}`,
        place,
      );
    }
    return { code: id, name };
  });
  return ok ? countries : undefined;
}
