/** @jsxRuntime automatic @jsxImportSource react */
/**
 * The React example's front and back of the page: the hero (the title, the introduction, the
 * estimate as the page's figure and each dataset's key figure), the contents, and the footer (the
 * sources and the licences).
 */
import type { Article } from 'north-korean-escapees';
import { getContent, type Locale } from 'north-korean-escapees/locales';
import { RichText } from 'north-korean-escapees/react';
import type { Framework, FrontPage } from '../shared/page.js';
import { wordsOf } from '../shared/words.js';

/** The title, the date, the introduction and the key figures. */
export function Hero({ article, page, locale }: { article: Article; page: FrontPage; locale: Locale }) {
  const { estimate } = page;
  return (
    <header className="hero">
      <div>
        <h1>{article.title}</h1>
        <p className="meta">
          {wordsOf(locale).published} <time dateTime={article.date}>{page.published}</time>
        </p>
        <div className="lede">
          <RichText value={article.intro} />
        </div>
      </div>
      <div className="figures">
        <p className="key">
          <span className="key-label">{estimate.label}</span> <strong className="key-value">{estimate.value}</strong>{' '}
          <span className="key-caption">{estimate.caption}</span>
        </p>
        {page.keyFigures.map((figure) => (
          <a key={figure.href} className="key" href={figure.href}>
            <strong className="key-value">{figure.value}</strong> <span className="key-caption">{figure.label}</span>
          </a>
        ))}
      </div>
    </header>
  );
}

/** The contents: the sections (the FAQ's questions under it) and the datasets. */
export function Contents({ locale, page }: { locale: Locale; page: FrontPage }) {
  const { article, faq } = getContent(locale);
  return (
    <nav className="toc" aria-labelledby="toc-title">
      <p className="toc-title" id="toc-title">
        {wordsOf(locale).contents}
      </p>
      <ol>
        {article.sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.heading.text}</a>
            {section.kind === 'faq' && (
              <ol>
                {faq.map((entry) => (
                  <li key={entry.id}>
                    <a href={`#${entry.id}`}>{entry.question.text}</a>
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
        {page.datasets.map((dataset) => (
          <li key={dataset.id}>
            <a href={`#${dataset.id}`}>{dataset.heading}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The sources and the licences, and what rendered the page. */
export function Footer({ locale, page, framework }: { locale: Locale; page: FrontPage; framework: Framework }) {
  const ui = wordsOf(locale);
  const { footer } = page;
  return (
    <footer className="site-footer">
      <div>
        <h2>{ui.sources}</h2>
        <ul>
          <li>{footer.article}</li>
          {footer.sources.map((source) => (
            <li key={source.url} lang="en">
              <a href={source.url}>{source.name}</a>
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h2>{ui.licences}</h2>
        <ul>
          {footer.licences.map((licence) => (
            <li key={licence.part}>
              <strong>{licence.licence}</strong>
              {licence.holder}:{' '}
              <span className="part" lang="en">
                {licence.part}
              </span>
            </li>
          ))}
        </ul>
      </div>
      <p className="colophon">{footer.rendered(framework)}</p>
    </footer>
  );
}
