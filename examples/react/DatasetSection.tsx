/** @jsxRuntime automatic @jsxImportSource react */
/**
 * The React example's dataset component: one dataset's chart (with its caption, the text
 * alternative that names it), its table on demand and its sources, from a view of dataset-view.ts.
 */
import type { DatasetView } from '../shared/dataset-view.js';

function Chart({ view }: { view: DatasetView }) {
  const { chart } = view;
  return (
    // biome-ignore lint/a11y/noSvgWithoutTitle: named by its caption (aria-labelledby); axe checks the name in the browser
    <svg className="chart" role="img" aria-labelledby={view.captionId} viewBox={`0 0 ${chart.width} ${chart.height}`}>
      {chart.grid.map((line) => (
        <line key={line.y} className={line.className} x1={chart.left} x2={chart.width} y1={line.y} y2={line.y} />
      ))}
      {chart.bars.map((bar) => (
        <rect key={bar.year} className="bar" x={bar.x} y={bar.y} width={bar.width} height={bar.height}>
          <title>{bar.title}</title>
        </rect>
      ))}
      {chart.labels.map((label) => (
        <text
          key={`${label.className}${label.x},${label.y}`}
          className={label.className}
          x={label.x}
          y={label.y}
          textAnchor={label.anchor}
        >
          {label.text}
        </text>
      ))}
    </svg>
  );
}

function Table({ view }: { view: DatasetView }) {
  const { table } = view;
  return (
    <details className="table">
      <summary>{view.showTable}</summary>
      <table>
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.headings.map((heading) => (
              <th key={heading} scope="col">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.period}>
              <th scope="row">{row.period}</th>
              {row.cells.map((cell, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed, in order
                <td key={index}>{cell}</td>
              ))}
              <td>
                <a href={row.source.href}>{row.source.id}</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** One dataset's section. */
export function DatasetSection({ view }: { view: DatasetView }) {
  return (
    <section className="dataset" aria-labelledby={view.id}>
      <h2 id={view.id}>
        <a href={`#${view.id}`}>{view.heading}</a>
      </h2>
      <p>{view.note}</p>
      <figure>
        <Chart view={view} />
        <figcaption id={view.captionId}>{view.chart.alternative}</figcaption>
      </figure>
      <Table view={view} />
      <h3>{view.sourcesHeading}</h3>
      <ul className="sources">
        {view.sources.map((source) => (
          <li key={source.id} id={source.anchor}>
            <span lang="en">
              {source.id}: <a href={source.url}>{source.name}</a>
            </span>{' '}
            ({source.retrieved})
          </li>
        ))}
      </ul>
    </section>
  );
}
