/** @jsxRuntime automatic @jsxImportSource react */
/**
 * The React example: the front page (the estimate and the datasets' key figures), the article with
 * its factors, its challenges by phase and its FAQ (with a filter), each dataset's chart and table,
 * and the footer, with the package's `RichText` renderer (no innerHTML). Server-rendered by
 * render.tsx, hydrated in the browser by client.tsx.
 */
import type { Section } from 'north-korean-escapees';
import { getContent, type Locale, type LocaleContent } from 'north-korean-escapees/locales';
import { RichText } from 'north-korean-escapees/react';
import { useState } from 'react';
import { frontPage, PHASES, shownFaq } from '../shared/page.js';
import { wordsOf } from '../shared/words.js';
import { DatasetSection } from './DatasetSection.js';
import { Contents, Footer, Hero } from './Frame.js';

function Faq({ content, locale }: { content: LocaleContent; locale: Locale }) {
  const [query, setQuery] = useState('');
  const shown = shownFaq(locale, query);
  const ui = wordsOf(locale);
  return (
    <div className="faq">
      <p className="search">
        <label htmlFor="faq-search">{ui.search}</label>{' '}
        <input id="faq-search" type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
      </p>
      <p className="status" role="status">
        {ui.showing(shown.size, content.faq.length)}
      </p>
      {content.faq.map((entry) => (
        <details key={entry.id} id={entry.id} hidden={!shown.has(entry.id)}>
          <summary>
            <RichText value={entry.question} />
          </summary>
          <RichText value={entry.answer} />
        </details>
      ))}
    </div>
  );
}

function SectionContent({ section, content, locale }: { section: Section; content: LocaleContent; locale: Locale }) {
  const { factors, challengesByPhase } = content;
  switch (section.kind) {
    case 'estimate':
      return null;
    case 'factors':
      return (
        <ul className="tags">
          {factors.map((factor) => (
            <li key={factor.id} id={factor.id}>
              <RichText value={factor.label} />
            </li>
          ))}
        </ul>
      );
    case 'challenges':
      return (
        <div className="phases">
          {PHASES.map((phase) => (
            <div key={phase}>
              <h3 id={`challenges-${phase}`}>{wordsOf(locale).phases[phase]}</h3>
              <ul>
                {challengesByPhase(phase).map((challenge) => (
                  <li key={challenge.id} id={challenge.id}>
                    <RichText value={challenge.label} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      );
    case 'faq':
      return <Faq content={content} locale={locale} />;
  }
}

/** The whole page's app in one language: the front page, the article, the datasets and the footer. */
export function App({ locale }: { locale: Locale }) {
  const content = getContent(locale);
  const { article } = content;
  const page = frontPage(locale);
  return (
    <>
      <main id="content" tabIndex={-1}>
        <article>
          <Hero article={article} page={page} locale={locale} />
          <div className="columns">
            <Contents locale={locale} page={page} />
            <div className="prose">
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
              <div className="conclusion">
                <RichText value={article.conclusion} />
              </div>
            </div>
          </div>
        </article>
        <div className="data">
          {page.datasets.map((view) => (
            <DatasetSection key={view.id} view={view} />
          ))}
        </div>
      </main>
      <Footer locale={locale} page={page} framework="React" />
    </>
  );
}
