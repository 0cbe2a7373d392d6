/**
 * The document around each example's app, written on the server only: language, title, styles
 * (site.css and each language's fonts), the package's JSON-LD through its safe `toJsonLdScript`,
 * a skip link, the masthead with the language switch, and the hydration script; and the landing
 * page that links to every example page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { toJsonLdScript } from 'north-korean-escapees';
import { getContent, type Locale, locales } from 'north-korean-escapees/locales';
import { fontCss } from './fonts.js';
import { languageName, languageTag, SOURCE_LANGUAGE } from './language.js';
import { FRAMEWORKS, type Framework, pageFile, SOURCE_LOCALE } from './page.js';
import { wordsOf } from './words.js';

/** The styles of every page: the site's, then each language's fonts. */
const CSS = `${readFileSync(path.join(import.meta.dirname, 'site.css'), 'utf8').trim()}\n${fontCss()}`;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/** The head shared by every page: its title and its styles. */
const head = (title: string) => `<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
${CSS}
</style>`;

/**
 * A complete HTML page for one example in one language.
 *
 * @param framework Shown in the title and the `data-framework` attribute, e.g. `React`.
 * @param body The server-rendered HTML of the app, the content of `<div id="app">`, which the
 *   framework's script (`<name>.js`, beside the page) hydrates.
 * @returns The document's text.
 */
export function renderDocument(framework: Framework, locale: Locale, body: string): string {
  const content = getContent(locale);
  const ui = wordsOf(locale);
  const name = FRAMEWORKS[framework];
  const switcher = locales
    .map((other) => {
      const tag = escapeHtml(languageTag(other));
      const link = other === locale ? 'aria-current="page"' : `hreflang="${tag}"`;
      return `<a href="${pageFile(name, other)}" ${link} lang="${tag}">${escapeHtml(languageName(other))}</a>`;
    })
    .join('\n');
  // lang is the text's tag (zh-Hans); the scripts that hydrate the page read its locale (zh) from data-locale.
  return `<!doctype html>
<html lang="${escapeHtml(content.article.language)}" data-locale="${escapeHtml(locale)}" data-framework="${escapeHtml(framework)}">
<head>
${head(`${content.article.title} (${framework})`)}
${toJsonLdScript(content.toArticleJsonLd())}
${toJsonLdScript(content.toFaqPageJsonLd())}
<script defer src="${name}.js"></script>
</head>
<body>
<a class="skip" href="#content">${escapeHtml(ui.skip)}</a>
<header class="masthead">
<a class="brand" href="index.html">${escapeHtml(ui.site)}</a>
<nav class="switch" aria-label="${escapeHtml(ui.language)}">
${switcher}
</nav>
</header>
<div id="app">${body}</div>
</body>
</html>
`;
}

/** How each framework renders and hydrates its pages, for the landing page. */
const HOW: Record<Framework, string> = {
  React: 'Rendered by react-dom/server, hydrated by hydrateRoot.',
  Vue: 'Rendered by vue/server-renderer, hydrated by createSSRApp.',
  Svelte: 'Rendered by svelte/server, hydrated by hydrate.',
};

/**
 * The landing page: what the site is, and each framework's page in each language.
 *
 * @returns The document's text.
 */
export function renderIndex(): string {
  const { article } = getContent(SOURCE_LOCALE);
  const cards = Object.entries(FRAMEWORKS)
    .map(([framework, name]) => {
      const links = locales
        .map((locale) => {
          const tag = escapeHtml(languageTag(locale));
          return `<li><a href="${pageFile(name, locale)}" hreflang="${tag}" lang="${tag}">${escapeHtml(getContent(locale).article.title)}</a> <span class="meta" lang="${tag}">${escapeHtml(languageName(locale))}</span></li>`;
        })
        .join('\n');
      return `<li class="framework">\n<h2>${framework}</h2>\n<p class="meta">${HOW[framework as Framework]}</p>\n<ul class="pages">\n${links}\n</ul>\n</li>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(SOURCE_LANGUAGE)}">
<head>
${head(`The example site of north-korean-escapees: ${article.title}`)}
</head>
<body>
<header class="masthead"><span class="brand">${escapeHtml(wordsOf(SOURCE_LOCALE).site)}</span></header>
<main>
<div class="hero">
<div>
<h1>The example site</h1>
<p class="lede">The article “${escapeHtml(article.title)}”, its figures and its FAQ as one page, in every language of the package <code>north-korean-escapees</code>: rendered on the server and hydrated in the browser by each framework, with the package’s own renderers. Every page works from the file system, with no network.</p>
</div>
</div>
<ul class="frameworks">
${cards}
</ul>
</main>
</body>
</html>
`;
}
