/**
 * The Vue example: the article, its factors, its challenges by phase and its FAQ, rendered from the
 * rich-text nodes with mdast-util-to-hast + hast-util-to-jsx-runtime on Vue's JSX runtime (no v-html).
 */
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { arrivals, type RichBlocks, type RichText, type Section } from 'north-korean-escapees';
import { getContent, type Locale, type LocaleContent } from 'north-korean-escapees/locales';
import { defineComponent, h, type PropType, type VNode } from 'vue';
import { Fragment, jsx, jsxs } from 'vue/jsx-runtime';
import { richTextToHast } from '../shared/hast.js';
import { PHASES, periodLabel, UI } from '../shared/page.js';

/** Renders a rich-text field as Vue vnodes. */
export const Rich = defineComponent({
  name: 'RichText',
  props: { value: { type: Object as PropType<RichText | RichBlocks>, required: true } },
  setup(props) {
    // Vue's runtime wants HTML attribute names (`class`, not `className`).
    return () => {
      const tree = richTextToHast(props.value);
      // An empty field renders nothing (Vue's Fragment needs children).
      return tree.children.length === 0
        ? null
        : (toJsxRuntime(tree, { Fragment, jsx, jsxs, elementAttributeNameCase: 'html' }) as VNode);
    };
  },
});

function sectionContent(section: Section, content: LocaleContent, locale: Locale): VNode | VNode[] {
  const { factors, challengesByPhase, faq, formatEstimate } = content;
  switch (section.kind) {
    case 'estimate':
      return h('p', { class: 'estimate' }, [`${UI[locale].estimate}: `, h('strong', formatEstimate())]);
    case 'factors':
      return h(
        'ul',
        factors.map((factor) => h('li', { key: factor.id, id: factor.id }, h(Rich, { value: factor.label }))),
      );
    case 'challenges':
      return PHASES.flatMap((phase) => [
        h('h3', { id: `challenges-${phase}` }, UI[locale].phases[phase]),
        h(
          'ul',
          challengesByPhase(phase).map((challenge) =>
            h('li', { key: challenge.id, id: challenge.id }, h(Rich, { value: challenge.label })),
          ),
        ),
      ]);
    case 'faq':
      return faq.map((entry) =>
        h('details', { key: entry.id, id: entry.id }, [
          h('summary', h(Rich, { value: entry.question })),
          h(Rich, { value: entry.answer }),
        ]),
      );
  }
}

/** The ministry's arrival figures as a table. */
function arrivalsTable(locale: Locale): VNode {
  const ui = UI[locale];
  return h('section', { 'aria-labelledby': 'arrivals' }, [
    h('h2', { id: 'arrivals' }, ui.arrivals),
    h('p', ui.arrivalsNote),
    h('table', [
      h(
        'thead',
        h(
          'tr',
          [ui.period, ui.men, ui.women, ui.total, ui.source].map((label) => h('th', label)),
        ),
      ),
      h(
        'tbody',
        arrivals.map((row) =>
          h('tr', { key: row.to }, [
            h('td', periodLabel(row)),
            h('td', String(row.men)),
            h('td', String(row.women)),
            h('td', String(row.total)),
            h('td', h('a', { href: row.source.url }, row.source.id)),
          ]),
        ),
      ),
    ]),
  ]);
}

/** The whole article in one language, and the arrival figures. */
export const App = defineComponent({
  name: 'App',
  props: { locale: { type: String as PropType<Locale>, required: true } },
  setup(props) {
    const content = getContent(props.locale);
    const { article, faq } = content;
    return () =>
      h('main', [
        h('article', [
          h('h1', article.title),
          h('p', h('time', { datetime: article.date }, article.date)),
          h('nav', { 'aria-label': UI[props.locale].contents }, [
            h('ul', [
              ...article.sections.map((section) =>
                h('li', { key: section.id }, h('a', { href: `#${section.id}` }, section.heading.text)),
              ),
              ...faq.map((entry) => h('li', { key: entry.id }, h('a', { href: `#${entry.id}` }, entry.question.text))),
            ]),
          ]),
          h(Rich, { value: article.intro }),
          ...article.sections.map((section) =>
            h('section', { key: section.id, 'aria-labelledby': section.id }, [
              h('h2', { id: section.id }, h('a', { href: `#${section.id}` }, h(Rich, { value: section.heading }))),
              h(Rich, { value: section.body }),
              sectionContent(section, content, props.locale),
            ]),
          ),
          h(Rich, { value: article.conclusion }),
        ]),
        arrivalsTable(props.locale),
        h('footer', h('p', `${UI[props.locale].source}: ${article.source.name}. ${UI[props.locale].rendered} Vue.`)),
      ]);
  },
});
