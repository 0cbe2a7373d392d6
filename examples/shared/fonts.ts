/**
 * The fonts of the pages, per script: each language takes the stack of the script it is written in,
 * so a new language needs no entry here when its script has one (zh: Hans; zh-TW: Hant). System
 * fonts only: the site loads nothing from the network.
 */
import { getContent, type Locale, locales } from 'north-korean-escapees/locales';
import { languageTag } from './language.js';

/** How a script is set: the letters that are written in it, its fonts, and its typographic settings. */
export interface ScriptStyle {
  /** Matches a letter of the script (to tell a language's script from its text, and to test it). */
  readonly letters: RegExp;
  /** The font stack, best first, ending with a generic family. */
  readonly fonts: readonly string[];
  /** Body line height: more for the dense CJK scripts. */
  readonly lineHeight: number;
  /** Korean is broken between words, as it is written (CSS `word-break: keep-all`). */
  readonly keepWords: boolean;
}

const LATIN_FONTS = ['system-ui', '-apple-system', 'Segoe UI', 'Roboto', 'Noto Sans', 'Helvetica Neue', 'Arial'];

/** The scripts the site can set, by ISO 15924 code (the code `Intl.Locale#maximize` gives a language). */
export const SCRIPTS = {
  Latn: { letters: /\p{Script=Latin}/u, fonts: [...LATIN_FONTS, 'sans-serif'], lineHeight: 1.6, keepWords: false },
  Kore: {
    letters: /\p{Script=Hangul}/u,
    fonts: ['Apple SD Gothic Neo', 'Noto Sans KR', 'Noto Sans CJK KR', 'Malgun Gothic', 'Nanum Gothic', 'sans-serif'],
    lineHeight: 1.75,
    keepWords: true,
  },
  Hans: {
    letters: /\p{Script=Han}/u,
    fonts: [
      'PingFang SC',
      'Hiragino Sans GB',
      'Noto Sans SC',
      'Noto Sans CJK SC',
      'Source Han Sans SC',
      'Microsoft YaHei',
      'sans-serif',
    ],
    lineHeight: 1.8,
    keepWords: false,
  },
  Hant: {
    letters: /\p{Script=Han}/u,
    fonts: ['PingFang TC', 'Noto Sans TC', 'Noto Sans CJK TC', 'Microsoft JhengHei', 'sans-serif'],
    lineHeight: 1.8,
    keepWords: false,
  },
  Jpan: {
    letters: /[\p{Script=Hiragana}\p{Script=Katakana}]/u,
    fonts: [
      'Hiragino Sans',
      'Hiragino Kaku Gothic ProN',
      'Noto Sans JP',
      'Noto Sans CJK JP',
      'Yu Gothic',
      'sans-serif',
    ],
    lineHeight: 1.8,
    keepWords: false,
  },
} as const satisfies Record<string, ScriptStyle>;

/** A script the site can set. */
export type Script = keyof typeof SCRIPTS;

const isScript = (code: string | undefined): code is Script => code !== undefined && Object.hasOwn(SCRIPTS, code);

/**
 * The script a language is written in: the one `Intl` gives its tag (`ko` → Kore, `zh-Hans` → Hans),
 * or, for a language `Intl` does not know (a private-use code such as `qaa`), the script most
 * letters of its title are in; Latin when none matches.
 *
 * @returns The script's code.
 */
export function scriptOf(locale: Locale): Script {
  const known = new Intl.Locale(languageTag(locale)).maximize().script;
  if (isScript(known)) return known;
  const title = [...getContent(locale).article.title];
  const count = (script: Script) => title.filter((letter) => SCRIPTS[script].letters.test(letter)).length;
  const scripts = Object.keys(SCRIPTS) as Script[];
  return scripts.reduce((best, script) => (count(script) > count(best) ? script : best), 'Latn');
}

/**
 * A font stack as CSS `font-family` writes it: family names quoted, generic names bare.
 *
 * @returns The value.
 */
export function fontFamily(script: Script): string {
  const generic = new Set(['sans-serif', 'serif', 'monospace', 'system-ui', '-apple-system']);
  return SCRIPTS[script].fonts.map((font) => (generic.has(font) ? font : `"${font}"`)).join(', ');
}

/**
 * The CSS that sets each language of the package in its script's fonts: one rule per language, on
 * every element that names its tag (`<html lang>`, the language switch's links, the sources in English).
 *
 * @returns The rules.
 */
export function fontCss(): string {
  return locales
    .map((locale) => {
      const script = scriptOf(locale);
      const tag = languageTag(locale);
      const style = SCRIPTS[script];
      const keep = style.keepWords ? ';word-break:keep-all' : '';
      return `[lang|="${tag}"]{font-family:${fontFamily(script)};line-height:${style.lineHeight}${keep}}`;
    })
    .join('\n');
}
