/**
 * Content directories made from strings chosen by a test: every string field of the article and of
 * the arrival figures, written so that the build must ship each string exactly as given.
 */
import { copyFile, cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fixture, root } from '../helpers.js';

/** The strings a test puts into the content, one per field. */
export interface ContentStrings {
  readonly title: string;
  readonly description: string;
  readonly sourceName: string;
  readonly sourceNote: string;
  readonly intro: string;
  readonly heading: string;
  readonly attribution: string;
  readonly factor: string;
  readonly challenge: string;
  readonly question: string;
  readonly answer: string;
  readonly conclusion: string;
  readonly arrivalsTitle: string;
  readonly arrivalsSourceName: string;
  readonly arrivalsSourceNote: string;
  readonly arrivalsText: string;
}

/** Every field, for generators. */
export const FIELDS: readonly (keyof ContentStrings)[] = [
  'title',
  'description',
  'sourceName',
  'sourceNote',
  'intro',
  'heading',
  'attribution',
  'factor',
  'challenge',
  'question',
  'answer',
  'conclusion',
  'arrivalsTitle',
  'arrivalsSourceName',
  'arrivalsSourceNote',
  'arrivalsText',
];

/** A YAML scalar holding exactly `text` (JSON strings are YAML 1.2 double-quoted scalars). */
const yaml = (text: string) => JSON.stringify(text);

/** Markdown text that reads as exactly `text`: every ASCII punctuation character backslash-escaped. */
const md = (text: string) => text.replace(/[!-/:-@[-`{-~]/g, '\\$&');

/** The article: every convention used once, each string field taken from `s`. */
export function article(s: ContentStrings): string {
  return `---
title: ${yaml(s.title)}
slug: a-test-article
date: 2024-01-02
description: ${yaml(s.description)}
locale: en
source:
  name: ${yaml(s.sourceName)}
  note: ${yaml(s.sourceNote)}
---

${md(s.intro)}

## ${md(s.heading)} {#the-count}

According to :source[${md(s.attribution)}], :estimate[about 1,200]{#people} people left since :since[2001], mostly to :destination[Japan]{#JP}.

## Why they leave {#why}

:factor[${md(s.factor)}]{#hunger} and :factor[fear]{#fear} drive them.

## Hardships {#hardships}

First :challenge[${md(s.challenge)}]{#rivers phase=journey}, later :challenge[loneliness]{phase=after-crossing #lonely}.

## Questions {#questions}

### ${md(s.question)} {#the-question}

${md(s.answer)}

***

${md(s.conclusion)}
`;
}

/** The arrival figures, each string field taken from `s`. */
export function arrivals(s: ContentStrings): string {
  return `---
title: ${yaml(s.arrivalsTitle)}
sources:
  - id: census
    name: ${yaml(s.arrivalsSourceName)}
    url: https://example.org/census
    retrieved: 2024-01-02
    note: ${yaml(s.arrivalsSourceNote)}
statedTotal:
  through: 2002
  men: 6
  women: 9
  total: 15
  source: census
---

${md(s.arrivalsText)}

| Period | Men | Women | Total | Source |
| --- | ---: | ---: | ---: | --- |
| –1999 | 1 | 2 | 3 | census |
| 2000–2001 | 2 | 3 | 5 | census |
| 2002 | 3 | 4 | 7 | census |
`;
}

/** Writes the content directory. */
export async function writeContent(dir: string, s: ContentStrings): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'article.en.md'), article(s));
  await writeFile(path.join(dir, 'arrivals.md'), arrivals(s));
  await copyFile(fixture('good', 'refugees.md'), path.join(dir, 'refugees.md'));
}

/**
 * Copies the package's runtime sources (`src/`, without the generated data) into `dir/src`, so that a
 * content build into `dir/src/generated` makes a whole package source tree.
 */
export async function copyRuntime(dir: string): Promise<void> {
  await cp(path.join(root, 'src'), path.join(dir, 'src'), {
    recursive: true,
    filter: (from) => !path.basename(from).includes('generated'),
  });
}
