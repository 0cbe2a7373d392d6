/**
 * The Vue example: the article, its factors, its challenges by phase, its FAQ (with a filter) and
 * the arrival figures (a chart and a table), with the package's `RichText` renderer (no v-html).
 * Server-rendered by render.ts, hydrated in the browser by client.ts.
 */
import { arrivals, type Section } from 'north-korean-escapees';
import { getContent, type Locale, type LocaleContent } from 'north-korean-escapees/locales';
import { RichText } from 'north-korean-escapees/vue';
import { defineComponent, h, type PropType, ref, type VNode } from 'vue';
import { arrivalChart, PHASES, periodLabel, SOURCE_LANGUAGE, SOURCES, shownFaq } from '../shared/page.js';
import { wordsOf } from '../shared/words.js';

const FaqList = defineComponent({
  name: 'FaqList',
  props: { locale: { type: String as PropType<Locale>, required: true } },
  setup(props) {
    const query = ref('');
    return () => {
      const { faq } = getContent(props.locale);
      const ui = wordsOf(props.locale);
      const shown = shownFaq(props.locale, query.value);
      return [
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
        h('p', { role: 'status' }, ui.showing(shown.size, faq.length)),
        ...faq.map((entry) =>
          h('details', { key: entry.id, id: entry.id, hidden: !shown.has(entry.id) }, [
            h('summary', h(RichText, { value: entry.question })),
            h(RichText, { value: entry.answer }),
          ]),
        ),
      ];
    };
  },
});

function sectionContent(section: Section, content: LocaleContent, locale: Locale): VNode | VNode[] {
  const { factors, challengesByPhase, formatEstimate } = content;
  switch (section.kind) {
    case 'estimate':
      return h('p', { class: 'estimate' }, [`${wordsOf(locale).estimate}: `, h('strong', formatEstimate())]);
    case 'factors':
      return h(
        'ul',
        factors.map((factor) => h('li', { key: factor.id, id: factor.id }, h(RichText, { value: factor.label }))),
      );
    case 'challenges':
      return PHASES.flatMap((phase) => [
        h('h3', { id: `challenges-${phase}` }, wordsOf(locale).phases[phase]),
        h(
          'ul',
          challengesByPhase(phase).map((challenge) =>
            h('li', { key: challenge.id, id: challenge.id }, h(RichText, { value: challenge.label })),
          ),
        ),
      ]);
    case 'faq':
      return h(FaqList, { locale });
  }
}

/** The ministry's arrival figures: a bar chart of the yearly rows with its text alternative, a table and the sources. */
function arrivalsSection(locale: Locale): VNode {
  const ui = wordsOf(locale);
  const chart = arrivalChart(locale);
  const svg = h(
    'svg',
    {
      role: 'img',
      'aria-labelledby': 'arrivals-chart',
      viewBox: `0 0 ${chart.width} ${chart.height}`,
      width: chart.width * 2,
    },
    [
      ...chart.bars.map((bar) =>
        h('rect', { key: bar.year, x: bar.x, y: bar.y, width: bar.width, height: bar.height, fill: '#1a4fa3' }, [
          h('title', bar.label),
        ]),
      ),
      ...chart.ticks.map((tick) =>
        h(
          'text',
          {
            key: tick.year,
            x: tick.x,
            y: chart.height - 4,
            'text-anchor': 'middle',
            'font-size': '9',
            fill: '#1a1a1a',
          },
          String(tick.year),
        ),
      ),
    ],
  );
  const headings = [ui.period, ui.men, ui.women, ui.total, ui.source];
  return h('section', { 'aria-labelledby': 'arrivals' }, [
    h('h2', { id: 'arrivals' }, ui.arrivals),
    h('p', ui.arrivalsNote),
    h('figure', [svg, h('figcaption', { id: 'arrivals-chart' }, chart.alternative)]),
    h('table', [
      h('caption', ui.table),
      h(
        'thead',
        h(
          'tr',
          headings.map((label) => h('th', { scope: 'col' }, label)),
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
            h('td', h('a', { href: `#source-${row.source.id}` }, row.source.id)),
          ]),
        ),
      ),
    ]),
    h('h3', ui.sources),
    h(
      'ul',
      { lang: SOURCE_LANGUAGE },
      SOURCES.map((source) =>
        h('li', { key: source.id, id: `source-${source.id}` }, [
          `${source.id}: `,
          h('a', { href: source.url }, source.name),
          ` (${ui.retrieved} ${source.retrieved})`,
        ]),
      ),
    ),
  ]);
}

/** The whole page's app in one language: the article, the arrival figures and the footer. */
export const App = defineComponent({
  name: 'App',
  props: { locale: { type: String as PropType<Locale>, required: true } },
  setup(props) {
    return () => {
      const content = getContent(props.locale);
      const { article, faq } = content;
      const ui = wordsOf(props.locale);
      return [
        h('main', { id: 'content', tabindex: -1 }, [
          h('article', [
            h('h1', article.title),
            h('p', h('time', { datetime: article.date }, article.date)),
            h('nav', { 'aria-label': ui.contents }, [
              h('ul', [
                ...article.sections.map((section) =>
                  h('li', { key: section.id }, h('a', { href: `#${section.id}` }, section.heading.text)),
                ),
                ...faq.map((entry) =>
                  h('li', { key: entry.id }, h('a', { href: `#${entry.id}` }, entry.question.text)),
                ),
              ]),
            ]),
            h(RichText, { value: article.intro }),
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
            h(RichText, { value: article.conclusion }),
          ]),
          arrivalsSection(props.locale),
        ]),
        h('footer', h('p', `${ui.source}: ${article.source.name}. ${ui.rendered} Vue.`)),
      ];
    };
  },
});
