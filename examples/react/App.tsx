/** @jsxRuntime automatic @jsxImportSource react */
/**
 * The React example: the article, its factors, its challenges by phase, its FAQ (with a filter) and
 * the arrival figures (a chart and a table), with the package's `RichText` renderer (no innerHTML).
 * Server-rendered by render.tsx, hydrated in the browser by client.tsx.
 */
import { arrivals, type Section } from 'north-korean-escapees';
import { getContent, type Locale, type LocaleContent } from 'north-korean-escapees/locales';
import { RichText } from 'north-korean-escapees/react';
import { Fragment, useState } from 'react';
import { arrivalChart, PHASES, periodLabel, SOURCE_LANGUAGE, SOURCES, shownFaq } from '../shared/page.js';
import { wordsOf } from '../shared/words.js';

function Faq({ content, locale }: { content: LocaleContent; locale: Locale }) {
  const [query, setQuery] = useState('');
  const shown = shownFaq(locale, query);
  const ui = wordsOf(locale);
  return (
    <>
      <p className="search">
        <label htmlFor="faq-search">{ui.search}</label>{' '}
        <input id="faq-search" type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
      </p>
      <p role="status">{ui.showing(shown.size, content.faq.length)}</p>
      {content.faq.map((entry) => (
        <details key={entry.id} id={entry.id} hidden={!shown.has(entry.id)}>
          <summary>
            <RichText value={entry.question} />
          </summary>
          <RichText value={entry.answer} />
        </details>
      ))}
    </>
  );
}

function SectionContent({ section, content, locale }: { section: Section; content: LocaleContent; locale: Locale }) {
  const { factors, challengesByPhase, formatEstimate } = content;
  switch (section.kind) {
    case 'estimate':
      return (
        <p className="estimate">
          {wordsOf(locale).estimate}: <strong>{formatEstimate()}</strong>
        </p>
      );
    case 'factors':
      return (
        <ul>
          {factors.map((factor) => (
            <li key={factor.id} id={factor.id}>
              <RichText value={factor.label} />
            </li>
          ))}
        </ul>
      );
    case 'challenges':
      return PHASES.map((phase) => (
        <Fragment key={phase}>
          <h3 id={`challenges-${phase}`}>{wordsOf(locale).phases[phase]}</h3>
          <ul>
            {challengesByPhase(phase).map((challenge) => (
              <li key={challenge.id} id={challenge.id}>
                <RichText value={challenge.label} />
              </li>
            ))}
          </ul>
        </Fragment>
      ));
    case 'faq':
      return <Faq content={content} locale={locale} />;
  }
}

/** The ministry's arrival figures: a bar chart of the yearly rows with its text alternative, a table and the sources. */
function Arrivals({ locale }: { locale: Locale }) {
  const ui = wordsOf(locale);
  const chart = arrivalChart(locale);
  return (
    <section aria-labelledby="arrivals">
      <h2 id="arrivals">{ui.arrivals}</h2>
      <p>{ui.arrivalsNote}</p>
      <figure>
        {/* biome-ignore lint/a11y/noSvgWithoutTitle: named by its caption (aria-labelledby); axe checks the name in the browser */}
        <svg
          role="img"
          aria-labelledby="arrivals-chart"
          viewBox={`0 0 ${chart.width} ${chart.height}`}
          width={chart.width * 2}
        >
          {chart.bars.map((bar) => (
            <rect key={bar.year} x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill="#1a4fa3">
              <title>{bar.label}</title>
            </rect>
          ))}
          {chart.ticks.map((tick) => (
            <text key={tick.year} x={tick.x} y={chart.height - 4} textAnchor="middle" fontSize="9" fill="#1a1a1a">
              {tick.year}
            </text>
          ))}
        </svg>
        <figcaption id="arrivals-chart">{chart.alternative}</figcaption>
      </figure>
      <table>
        <caption>{ui.table}</caption>
        <thead>
          <tr>
            <th scope="col">{ui.period}</th>
            <th scope="col">{ui.men}</th>
            <th scope="col">{ui.women}</th>
            <th scope="col">{ui.total}</th>
            <th scope="col">{ui.source}</th>
          </tr>
        </thead>
        <tbody>
          {arrivals.map((row) => (
            <tr key={row.to}>
              <td>{periodLabel(row)}</td>
              <td>{row.men}</td>
              <td>{row.women}</td>
              <td>{row.total}</td>
              <td>
                <a href={`#source-${row.source.id}`}>{row.source.id}</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{ui.sources}</h3>
      <ul lang={SOURCE_LANGUAGE}>
        {SOURCES.map((source) => (
          <li key={source.id} id={`source-${source.id}`}>
            {source.id}: <a href={source.url}>{source.name}</a> ({ui.retrieved} {source.retrieved})
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The whole page's app in one language: the article, the arrival figures and the footer. */
export function App({ locale }: { locale: Locale }) {
  const content = getContent(locale);
  const { article, faq } = content;
  return (
    <>
      <main id="content" tabIndex={-1}>
        <article>
          <h1>{article.title}</h1>
          <p>
            <time dateTime={article.date}>{article.date}</time>
          </p>
          <nav aria-label={wordsOf(locale).contents}>
            <ul>
              {article.sections.map((section) => (
                <li key={section.id}>
                  <a href={`#${section.id}`}>{section.heading.text}</a>
                </li>
              ))}
              {faq.map((entry) => (
                <li key={entry.id}>
                  <a href={`#${entry.id}`}>{entry.question.text}</a>
                </li>
              ))}
            </ul>
          </nav>
          <RichText value={article.intro} />
          {article.sections.map((section) => (
            <section key={section.id} aria-labelledby={section.id}>
              <h2 id={section.id}>
                <a href={`#${section.id}`}>
                  <RichText value={section.heading} />
                </a>
              </h2>
              <RichText value={section.body} />
              <SectionContent section={section} content={content} locale={locale} />
            </section>
          ))}
          <RichText value={article.conclusion} />
        </article>
        <Arrivals locale={locale} />
      </main>
      <footer>
        <p>
          {wordsOf(locale).source}: {article.source.name}. {wordsOf(locale).rendered} React.
        </p>
      </footer>
    </>
  );
}
