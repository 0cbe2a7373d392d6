/**
 * schema.org structured data (JSON-LD) for the article and its FAQ, and a safe way to put it in a
 * page. The types are declared here, minimal and dependency-free; `tests/render/json-ld.test-d.ts`
 * proves they are assignable to `schema-dts`'s `FAQPage` and `Article`.
 */
import { toHtml } from './render.js';
import type { Article, FaqEntry } from './types.js';

/** The `@context` of every object made here. */
export type JsonLdContext = 'https://schema.org';

/** A person or organisation, as schema.org `Person` / `Organization`. */
export interface JsonLdAgent {
  readonly '@type': 'Person' | 'Organization';
  readonly name: string;
  /** An absolute `http(s)` address. */
  readonly url?: string;
}

/** A schema.org `Answer`. */
export interface JsonLdAnswer {
  readonly '@type': 'Answer';
  /** The full answer, plain text or (with `answerFormat: 'html'`) the HTML of `toHtml`. */
  readonly text: string;
}

/** A schema.org `Question` with its accepted answer. */
export interface JsonLdQuestion {
  readonly '@type': 'Question';
  /** The full text of the question. */
  readonly name: string;
  readonly acceptedAnswer: JsonLdAnswer;
}

/** A schema.org `FAQPage`, as Google's FAQ rich results read it. */
export interface FaqPageJsonLd {
  readonly '@context': JsonLdContext;
  readonly '@type': 'FAQPage';
  /** BCP 47 language tag of the text (the article's `language`, e.g. `zh-Hans`). */
  readonly inLanguage: string;
  /** `YYYY-MM-DD`: the date of the last release that changed the questions, or the one passed. */
  readonly dateModified?: string;
  readonly url?: string;
  readonly mainEntity: readonly JsonLdQuestion[];
}

/** The work an article is based on, as schema.org `CreativeWork`. */
export interface JsonLdCreativeWork {
  readonly '@type': 'CreativeWork';
  readonly name: string;
  readonly url?: string;
  readonly datePublished?: string;
}

/** A schema.org `Article`. */
export interface ArticleJsonLd {
  readonly '@context': JsonLdContext;
  readonly '@type': 'Article';
  readonly headline: string;
  readonly description: string;
  /** `YYYY-MM-DD`: the article's date. */
  readonly datePublished: string;
  /** `YYYY-MM-DD`: the date of the last release that changed the edition, or the one passed. */
  readonly dateModified?: string;
  /** BCP 47 language tag of the text (the article's `language`, e.g. `zh-Hans`). */
  readonly inLanguage: string;
  readonly url?: string;
  readonly mainEntityOfPage?: string;
  readonly image?: string | readonly string[];
  readonly author?: JsonLdAgent | readonly JsonLdAgent[];
  readonly publisher?: JsonLdAgent;
  readonly isBasedOn: JsonLdCreativeWork;
}

/** Options of `toFaqPageJsonLd`. */
export interface FaqPageJsonLdOptions {
  /** The page's absolute `http(s)` address. */
  readonly url?: string;
  /** `'text'` (default): answers as plain text; `'html'`: as `toHtml` renders them (links kept). */
  readonly answerFormat?: 'text' | 'html';
  /** ISO 8601 date of the last change, in place of the releases' (e.g. when your page changed since). */
  readonly dateModified?: string;
}

/** Options of `toArticleJsonLd`: what the content cannot know about the page it is published on. */
export interface ArticleJsonLdOptions {
  /** The page's absolute `http(s)` address (also used as `mainEntityOfPage`). */
  readonly url?: string;
  /** Absolute `http(s)` address(es) of representative images. */
  readonly image?: string | readonly string[];
  readonly author?: JsonLdAgent | readonly JsonLdAgent[];
  readonly publisher?: JsonLdAgent;
  /** ISO 8601 date of the last change, e.g. `2024-01-31`, in place of the releases'. */
  readonly dateModified?: string;
}

const CONTEXT: JsonLdContext = 'https://schema.org';

/**
 * Binds the FAQPage builder to one edition's entries (used by the generated locale modules,
 * which export the result as `toFaqPageJsonLd`).
 *
 * @param dateModified The date of the last release that changed the entries, if any.
 * @returns `(options?) => FaqPageJsonLd`: one `Question` (`name`) with its `acceptedAnswer` (`text`)
 * per entry, in the article's order, with `inLanguage` and `dateModified` (`options.dateModified`
 * first); it throws a `TypeError` if `options.url` is not an absolute `http(s)` address.
 */
export function faqPageJsonLdFor(
  entries: readonly FaqEntry[],
  language: string,
  dateModified?: string,
): (options?: FaqPageJsonLdOptions) => FaqPageJsonLd {
  return Object.freeze((options: FaqPageJsonLdOptions = {}) =>
    faqPageJsonLd(entries, language, withDate(options, dateModified)),
  );
}

/**
 * Binds the Article builder to one edition's article (exported by the generated locale modules
 * as `toArticleJsonLd`).
 *
 * @param dateModified The date of the last release that changed the edition, if any.
 * @returns `(options?) => ArticleJsonLd`: `headline`, `description`, `datePublished`, `dateModified`
 * (`options.dateModified` first), `inLanguage`, `isBasedOn`, plus what `options` adds; it throws a
 * `TypeError` if `options.url` or an image is not an absolute `http(s)` address.
 */
export function articleJsonLdFor(
  source: Article,
  dateModified?: string,
): (options?: ArticleJsonLdOptions) => ArticleJsonLd {
  return Object.freeze((options: ArticleJsonLdOptions = {}) => articleJsonLd(source, withDate(options, dateModified)));
}

/** Options with the releases' `dateModified` where they give none. */
function withDate<Options extends { readonly dateModified?: string }>(
  options: Options,
  dateModified?: string,
): Options {
  return options.dateModified !== undefined || dateModified === undefined ? options : { ...options, dateModified };
}

/**
 * Builds an `FAQPage` for any list of entries in a language, given as its BCP 47 tag (one place for every edition).
 *
 * @returns The object.
 * @throws {TypeError} If `options.url` is not an absolute `http(s)` address.
 */
export function faqPageJsonLd(
  entries: readonly FaqEntry[],
  language: string,
  options: FaqPageJsonLdOptions = {},
): FaqPageJsonLd {
  const html = options.answerFormat === 'html';
  return {
    '@context': CONTEXT,
    '@type': 'FAQPage',
    inLanguage: language,
    ...(options.dateModified === undefined ? {} : { dateModified: options.dateModified }),
    ...(options.url === undefined ? {} : { url: absolute(options.url, 'url') }),
    mainEntity: entries.map((entry) => ({
      '@type': 'Question',
      name: entry.question.text,
      acceptedAnswer: { '@type': 'Answer', text: html ? toHtml(entry.answer) : entry.answer.text },
    })),
  };
}

/**
 * Builds an `Article` for any edition of the article.
 *
 * @returns The object.
 * @throws {TypeError} If `options.url` or an image is not an absolute `http(s)` address.
 */
export function articleJsonLd(source: Article, options: ArticleJsonLdOptions = {}): ArticleJsonLd {
  const { url, image, author, publisher, dateModified } = options;
  const basedOn = source.source;
  return {
    '@context': CONTEXT,
    '@type': 'Article',
    headline: source.title,
    description: source.description,
    datePublished: source.date,
    ...(dateModified === undefined ? {} : { dateModified }),
    inLanguage: source.language,
    ...(url === undefined ? {} : { url: absolute(url, 'url'), mainEntityOfPage: url }),
    ...(image === undefined
      ? {}
      : { image: typeof image === 'string' ? absolute(image, 'image') : image.map((i) => absolute(i, 'image')) }),
    ...(author === undefined ? {} : { author }),
    ...(publisher === undefined ? {} : { publisher }),
    isBasedOn: {
      '@type': 'CreativeWork',
      name: basedOn.name,
      ...(basedOn.url === undefined ? {} : { url: basedOn.url }),
      ...(basedOn.date === undefined ? {} : { datePublished: basedOn.date }),
    },
  };
}

function absolute(url: string, what: string): string {
  if (!/^https?:\/\/[^/?#\s]+/i.test(url))
    throw new TypeError(`${what} must be an absolute http(s) address, got ${JSON.stringify(url)}`);
  return url;
}

/**
 * Serialises JSON-LD for the inside of a `<script type="application/ld+json">` element: JSON with
 * `<`, `>`, `&`, U+2028 and U+2029 written as `\uXXXX` escapes, so no text in the data can close the
 * element (`</script>`), open a comment (`<!--`) or break a JavaScript string. `JSON.parse` gives the data back.
 *
 * @returns The JSON text.
 * @throws {TypeError} If `data` cannot be serialised as JSON (a cycle or a BigInt).
 */
export const toJsonLdString = /* @__PURE__ */ Object.freeze((data: object): string => {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
});

/**
 * The complete `<script type="application/ld+json">…</script>` element for a page's `<head>`,
 * its content made safe by `toJsonLdString`.
 *
 * @returns The element's HTML.
 * @throws {TypeError} If `data` cannot be serialised as JSON (a cycle or a BigInt).
 */
export const toJsonLdScript = /* @__PURE__ */ Object.freeze((data: object): string => {
  return `<script type="application/ld+json">${toJsonLdString(data)}</script>`;
});
