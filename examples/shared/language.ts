/**
 * Each language's tag and name, browser-safe: a locale names an edition (`zh`), its text's BCP 47
 * tag (`zh-Hans`, from the package's `article.language`) is what the pages write in `lang` and
 * `hreflang`, what the fonts' rules match and what `Intl` is given.
 */
import { getContent, type Locale, locales } from 'north-korean-escapees/locales';

/**
 * The language tag of a locale's text (`zh-Hans` for `zh`), as the package gives it.
 *
 * @returns The tag.
 */
export function languageTag(locale: Locale): string {
  return getContent(locale).article.language;
}

/** The language tag of the source's text (the package lists its locale first). */
export const SOURCE_LANGUAGE = languageTag(locales[0]);

/**
 * The name of a language in that language ("English", "한국어", "简体中文"), as the platform's
 * Intl data gives it for the language's tag: the language switch needs no list of names to keep
 * beside the locales.
 *
 * @returns The name, or the tag itself where Intl has none.
 */
export function languageName(locale: Locale): string {
  const tag = languageTag(locale);
  return new Intl.DisplayNames([tag], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
}
