/**
 * The Vue example's front and back of the page: the hero (the title, the introduction, the
 * estimate as the page's figure and each dataset's key figure), the contents, and the footer (the
 * sources and the licences).
 */
import type { Article } from 'north-korean-escapees';
import { getContent, type Locale } from 'north-korean-escapees/locales';
import { RichText } from 'north-korean-escapees/vue';
import { h, type VNode } from 'vue';
import type { Framework, FrontPage } from '../shared/page.js';
import { wordsOf } from '../shared/words.js';

/**
 * The title, the date, the introduction and the key figures.
 *
 * @returns The hero's node.
 */
export function hero(article: Article, page: FrontPage, locale: Locale): VNode {
  const { estimate } = page;
  return h('header', { class: 'hero' }, [
    h('div', [
      h('h1', article.title),
      h('p', { class: 'meta' }, [
        `${wordsOf(locale).published} `,
        h('time', { datetime: article.date }, page.published),
      ]),
      h('div', { class: 'lede' }, h(RichText, { value: article.intro })),
    ]),
    h('div', { class: 'figures' }, [
      h('p', { class: 'key' }, [
        h('span', { class: 'key-label' }, estimate.label),
        ' ',
        h('strong', { class: 'key-value' }, estimate.value),
        ' ',
        h('span', { class: 'key-caption' }, estimate.caption),
      ]),
      ...page.keyFigures.map((figure) =>
        h('a', { key: figure.href, class: 'key', href: figure.href }, [
          h('strong', { class: 'key-value' }, figure.value),
          ' ',
          h('span', { class: 'key-caption' }, figure.label),
        ]),
      ),
    ]),
  ]);
}

/**
 * The contents: the sections (the FAQ's questions under it) and the datasets.
 *
 * @returns The navigation's node.
 */
export function contents(locale: Locale, page: FrontPage): VNode {
  const { article, faq } = getContent(locale);
  const link = (id: string, text: string) => h('a', { href: `#${id}` }, text);
  return h('nav', { class: 'toc', 'aria-labelledby': 'toc-title' }, [
    h('p', { class: 'toc-title', id: 'toc-title' }, wordsOf(locale).contents),
    h('ol', [
      ...article.sections.map((section) =>
        h('li', { key: section.id }, [
          link(section.id, section.heading.text),
          section.kind === 'faq'
            ? h(
                'ol',
                faq.map((entry) => h('li', { key: entry.id }, link(entry.id, entry.question.text))),
              )
            : null,
        ]),
      ),
      ...page.datasets.map((dataset) => h('li', { key: dataset.id }, link(dataset.id, dataset.heading))),
    ]),
  ]);
}

/**
 * The sources and the licences, and what rendered the page.
 *
 * @returns The footer's node.
 */
export function footer(locale: Locale, page: FrontPage, framework: Framework): VNode {
  const ui = wordsOf(locale);
  const { footer } = page;
  return h('footer', { class: 'site-footer' }, [
    h('div', [
      h('h2', ui.sources),
      h('ul', [
        h('li', footer.article),
        ...footer.sources.map((source) =>
          h('li', { key: source.url, lang: 'en' }, h('a', { href: source.url }, source.name)),
        ),
      ]),
    ]),
    h('div', [
      h('h2', ui.licences),
      h(
        'ul',
        footer.licences.map((licence) =>
          h('li', { key: licence.part }, [
            h('strong', licence.licence),
            `${licence.holder}: `,
            h('span', { class: 'part', lang: 'en' }, licence.part),
          ]),
        ),
      ),
    ]),
    h('p', { class: 'colophon' }, footer.rendered(framework)),
  ]);
}
