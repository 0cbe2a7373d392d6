/** @jsxRuntime automatic @jsxImportSource react */
/**
 * The React example: the article, its factors, its challenges by phase and its FAQ, rendered from
 * the rich-text nodes with mdast-util-to-hast + hast-util-to-jsx-runtime (no innerHTML).
 */
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import {
  article,
  challengesByPhase,
  factors,
  faq,
  formatEstimate,
  type RichBlocks,
  type RichText,
  type Section,
} from 'north-korean-escapees';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { richTextToHast } from '../shared/hast.js';
import { PHASE_HEADINGS, PHASES } from '../shared/page.js';

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

function SectionContent({ section }: { section: Section }) {
  switch (section.kind) {
    case 'estimate':
      return <p className="estimate">Estimate: <strong>{formatEstimate()}</strong></p>;
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
          <h3 id={`challenges-${phase}`}>{PHASE_HEADINGS[phase]}</h3>
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

/** The whole article. */
export function App() {
  return (
    <main>
      <article>
        <h1>{article.title}</h1>
        <p>
          <time dateTime={article.date}>{article.date}</time>
        </p>
        <nav aria-label="Contents">
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
            <SectionContent section={section} />
          </section>
        ))}
        <Rich value={article.conclusion} />
      </article>
      <footer>
        <p>Source: {article.source.name}. Rendered with React.</p>
      </footer>
    </main>
  );
}
