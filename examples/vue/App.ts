/**
 * The Vue example: the front page (the estimate and the datasets' key figures), the article with
 * its factors, its challenges by phase and its FAQ (with a filter), each dataset's chart and table,
 * and the footer, with the package's `RichText` renderer (no v-html). Server-rendered by render.ts,
 * hydrated in the browser by client.ts.
 */
import type { Section } from 'north-korean-escapees';
import { getContent, type Locale, type LocaleContent } from 'north-korean-escapees/locales';
import { RichText } from 'north-korean-escapees/vue';
import { defineComponent, h, type PropType, ref, type VNode } from 'vue';
import { frontPage, PHASES, shownFaq } from '../shared/page.js';
import { wordsOf } from '../shared/words.js';
import { DatasetSection } from './DatasetSection.js';
import { contents, footer, hero } from './Frame.js';

const FaqList = defineComponent({
  name: 'FaqList',
  props: { locale: { type: String as PropType<Locale>, required: true } },
  setup(props) {
    const query = ref('');
    return () => {
      const { faq } = getContent(props.locale);
      const ui = wordsOf(props.locale);
      const shown = shownFaq(props.locale, query.value);
      return h('div', { class: 'faq' }, [
        h('p', { class: 'search' }, [
          h('label', { for: 'faq-search' }, ui.search),
          ' ',
          h('input', {
            id: 'faq-search',
            type: 'search',
            value: query.value,
            onInput: (event: Event) => {
              query.value = (event.target as HTMLInputElement).value;
            },
          }),
        ]),
        h('p', { class: 'status', role: 'status' }, ui.showing(shown.size, faq.length)),
        ...faq.map((entry) =>
          h('details', { key: entry.id, id: entry.id, hidden: !shown.has(entry.id) }, [
            h('summary', h(RichText, { value: entry.question })),
            h(RichText, { value: entry.answer }),
          ]),
        ),
      ]);
    };
  },
});

function sectionContent(section: Section, content: LocaleContent, locale: Locale): VNode | null {
  const { factors, challengesByPhase } = content;
  switch (section.kind) {
    case 'estimate':
      return null;
    case 'factors':
      return h(
        'ul',
        { class: 'tags' },
        factors.map((factor) => h('li', { key: factor.id, id: factor.id }, h(RichText, { value: factor.label }))),
      );
    case 'challenges':
      return h(
        'div',
        { class: 'phases' },
        PHASES.map((phase) =>
          h('div', { key: phase }, [
            h('h3', { id: `challenges-${phase}` }, wordsOf(locale).phases[phase]),
            h(
              'ul',
              challengesByPhase(phase).map((challenge) =>
                h('li', { key: challenge.id, id: challenge.id }, h(RichText, { value: challenge.label })),
              ),
            ),
          ]),
        ),
      );
    case 'faq':
      return h(FaqList, { locale });
  }
}

/** The whole page's app in one language: the front page, the article, the datasets and the footer. */
export const App = defineComponent({
  name: 'App',
  props: { locale: { type: String as PropType<Locale>, required: true } },
  setup(props) {
    return () => {
      const content = getContent(props.locale);
      const { article } = content;
      const page = frontPage(props.locale);
      return [
        h('main', { id: 'content', tabindex: -1 }, [
          h('article', [
            hero(article, page, props.locale),
            h('div', { class: 'columns' }, [
              contents(props.locale, page),
              h('div', { class: 'prose' }, [
                ...article.sections.map((section) =>
                  h('section', { key: section.id, 'aria-labelledby': section.id }, [
                    h(
                      'h2',
                      { id: section.id },
                      h('a', { href: `#${section.id}` }, h(RichText, { value: section.heading })),
                    ),
                    h(RichText, { value: section.body }),
                    sectionContent(section, content, props.locale),
                  ]),
                ),
                h('div', { class: 'conclusion' }, h(RichText, { value: article.conclusion })),
              ]),
            ]),
          ]),
          h(
            'div',
            { class: 'data' },
            page.datasets.map((view) => h(DatasetSection, { key: view.id, view })),
          ),
        ]),
        footer(props.locale, page, 'Vue'),
      ];
    };
  },
});
