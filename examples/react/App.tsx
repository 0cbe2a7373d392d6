/** @jsxRuntime automatic @jsxImportSource react */
/**
 * The React example: the article, its factors, its challenges by phase and its FAQ, rendered from
 * the rich-text nodes with mdast-util-to-hast + hast-util-to-jsx-runtime (no innerHTML).
 */
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { arrivals, type RichBlocks, type RichText, type Section } from 'north-korean-escapees';
import { getContent, type Locale, type LocaleContent } from 'north-korean-escapees/locales';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { richTextToHast } from '../shared/hast.js';
import { arrivalBars, PHASES, periodLabel, UI } from '../shared/page.js';

/** Renders a rich-text field as React elements. */
export function Rich({ value }: { value: RichText | RichBlocks }) {
  return toJsxRuntime(richTextToHast(value), { Fragment, jsx, jsxs });
}

function Heading({ section }: { section: Section }) {
  return (
    <h2 id={section.id}>
      <a href={`#${section.id}`}>
        <Rich value={section.heading} />
      </a>
    </h2>
  );
}

function SectionContent({ section, content, locale }: { section: Section; content: LocaleContent; locale: Locale }) {
  const { factors, challengesByPhase, faq, formatEstimate } = content;
  switch (section.kind) {
    case 'estimate':
      return (
        <p className="estimate">
          {UI[locale].estimate}: <strong>{formatEstimate()}</strong>
        </p>
      );
    case 'factors':
      return (
        <ul>
          {factors.map((factor) => (
            <li key={factor.id} id={factor.id}>
              <Rich value={factor.label} />
            </li>
          ))}
        </ul>
      );
    case 'challenges':
      return PHASES.map((phase) => (
        <Fragment key={phase}>
          <h3 id={`challenges-${phase}`}>{UI[locale].phases[phase]}</h3>
          <ul>
            {challengesByPhase(phase).map((challenge) => (
              <li key={challenge.id} id={challenge.id}>
                <Rich value={challenge.label} />
              </li>
            ))}
          </ul>
        </Fragment>
      ));
    case 'faq':
      return faq.map((entry) => (
        <details key={entry.id} id={entry.id}>
          <summary>
            <Rich value={entry.question} />
          </summary>
          <Rich value={entry.answer} />
        </details>
      ));
  }
}

/** The ministry's arrival figures: a table, and a bar chart of the yearly rows (inline SVG). */
function Arrivals({ locale }: { locale: Locale }) {
  const ui = UI[locale];
  const bars = arrivalBars();
  return (
    <section aria-labelledby="arrivals">
      <h2 id="arrivals">{ui.arrivals}</h2>
      <p>{ui.arrivalsNote}</p>
      <svg role="img" aria-label={ui.arrivals} viewBox={`0 0 ${bars.length * 10} 100`} width="100%" height="120">
        {bars.map((bar) => (
          <rect key={bar.year} x={bar.x + 1} y={100 - bar.height} width="8" height={bar.height} fill="#36c">
            <title>{`${bar.year}: ${bar.total}`}</title>
          </rect>
        ))}
      </svg>
      <table>
        <thead>
          <tr>
            <th>{ui.period}</th>
            <th>{ui.men}</th>
            <th>{ui.women}</th>
            <th>{ui.total}</th>
            <th>{ui.source}</th>
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
                <a href={row.source.url}>{row.source.id}</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The whole article in one language, and the arrival figures. */
export function App({ locale }: { locale: Locale }) {
  const content = getContent(locale);
  const { article, faq } = content;
  return (
    <main>
      <article>
        <h1>{article.title}</h1>
        <p>
          <time dateTime={article.date}>{article.date}</time>
        </p>
        <nav aria-label={UI[locale].contents}>
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
        <Rich value={article.intro} />
        {article.sections.map((section) => (
          <section key={section.id} aria-labelledby={section.id}>
            <Heading section={section} />
            <Rich value={section.body} />
            <SectionContent section={section} content={content} locale={locale} />
          </section>
        ))}
        <Rich value={article.conclusion} />
      </article>
      <Arrivals locale={locale} />
      <footer>
        <p>
          {UI[locale].source}: {article.source.name}. {UI[locale].rendered} React.
        </p>
      </footer>
    </main>
  );
}
