/**
 * The Vue example's dataset component: one dataset's chart (with its caption, the text alternative
 * that names it), its table on demand and its sources, from a view of dataset-view.ts.
 */
import { defineComponent, h, type PropType } from 'vue';
import type { DatasetView } from '../shared/dataset-view.js';

function chartOf(view: DatasetView) {
  const { chart } = view;
  return h(
    'svg',
    {
      class: 'chart',
      role: 'img',
      'aria-labelledby': view.captionId,
      viewBox: `0 0 ${chart.width} ${chart.height}`,
    },
    [
      ...chart.grid.map((line) =>
        h('line', { key: line.y, class: line.className, x1: chart.left, x2: chart.width, y1: line.y, y2: line.y }),
      ),
      ...chart.bars.map((bar) =>
        h('rect', { key: bar.year, class: 'bar', x: bar.x, y: bar.y, width: bar.width, height: bar.height }, [
          h('title', bar.title),
        ]),
      ),
      ...chart.labels.map((label) =>
        h(
          'text',
          {
            key: `${label.className}${label.x},${label.y}`,
            class: label.className,
            x: label.x,
            y: label.y,
            'text-anchor': label.anchor,
          },
          label.text,
        ),
      ),
    ],
  );
}

function tableOf(view: DatasetView) {
  const { table } = view;
  return h('details', { class: 'table' }, [
    h('summary', view.showTable),
    h('table', [
      h('caption', table.caption),
      h(
        'thead',
        h(
          'tr',
          table.headings.map((heading) => h('th', { key: heading, scope: 'col' }, heading)),
        ),
      ),
      h(
        'tbody',
        table.rows.map((row) =>
          h('tr', { key: row.period }, [
            h('th', { scope: 'row' }, row.period),
            ...row.cells.map((cell) => h('td', cell)),
            h('td', h('a', { href: row.source.href }, row.source.id)),
          ]),
        ),
      ),
    ]),
  ]);
}

/** One dataset's section. */
export const DatasetSection = defineComponent({
  name: 'DatasetSection',
  props: { view: { type: Object as PropType<DatasetView>, required: true } },
  setup(props) {
    return () => {
      const { view } = props;
      return h('section', { class: 'dataset', 'aria-labelledby': view.id }, [
        h('h2', { id: view.id }, h('a', { href: `#${view.id}` }, view.heading)),
        h('p', view.note),
        h('figure', [chartOf(view), h('figcaption', { id: view.captionId }, view.chart.alternative)]),
        tableOf(view),
        h('h3', view.sourcesHeading),
        h(
          'ul',
          { class: 'sources' },
          view.sources.map((source) =>
            h('li', { key: source.id, id: source.anchor }, [
              h('span', { lang: 'en' }, [`${source.id}: `, h('a', { href: source.url }, source.name)]),
              ` (${source.retrieved})`,
            ]),
          ),
        ),
      ]);
    };
  },
});
