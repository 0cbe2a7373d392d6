/**
 * The HTML document around a server-rendered example: language, title, the article's JSON-LD
 * (FAQPage and Article, through the package's safe `toJsonLdScript`) and a little CSS.
 */
import { article, toArticleJsonLd, toFaqPageJsonLd, toJsonLdScript } from 'north-korean-escapees';

const CSS = `body{font:1rem/1.5 system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem}
details{margin:.5rem 0}summary{cursor:pointer;font-weight:600}:target{outline:2px solid #36c}`;

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/**
 * A complete HTML page for one example.
 *
 * @param framework Shown in the page's footer and `data-framework` attribute, e.g. `React`.
 * @param body The server-rendered HTML of the example's root element.
 * @returns The document's text.
 */
export function renderDocument(framework: string, body: string): string {
  return `<!doctype html>
<html lang="${escape(article.locale)}" data-framework="${escape(framework)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(article.title)} (${escape(framework)})</title>
<style>${CSS}</style>
${toJsonLdScript(toArticleJsonLd())}
${toJsonLdScript(toFaqPageJsonLd())}
</head>
<body>
${body}
</body>
</html>
`;
}

/** Headings for the two phases of challenges. */
export const PHASE_HEADINGS = {
  journey: 'On the way out',
  'after-crossing': 'After crossing the border',
} as const;

/** The phases in reading order. */
export const PHASES = ['journey', 'after-crossing'] as const;
