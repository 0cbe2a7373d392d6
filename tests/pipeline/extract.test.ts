import { describe, expect, it } from 'vitest';
import { buildShippable as build } from '../editions.js';
import { fixture, root } from '../helpers.js';

describe('extraction from the real article', () => {
  it('reads the estimate from the prose, with its source', async () => {
    const { estimate } = await build(`${root}/content`);
    expect({ ...estimate, context: estimate.context.text.slice(0, 60) }).toMatchInlineSnapshot(`
      {
        "context": "Due to the clandestine nature of defections from North Korea",
        "destinationCountries": [
          {
            "code": "KR",
            "name": "South Korea",
          },
          {
            "code": "CN",
            "name": "China",
          },
          {
            "code": "RU",
            "name": "Russia",
          },
        ],
        "destinations": [
          "South Korea",
          "China",
          "Russia",
        ],
        "history": null,
        "id": "escapees",
        "label": {
          "nodes": [
            {
              "type": "text",
              "value": "over 30,000",
            },
          ],
          "text": "over 30,000",
        },
        "qualifier": "over",
        "sectionId": "estimating-the-number-of-escapees",
        "since": 1953,
        "source": {
          "attribution": "various estimates",
          "publication": {
            "date": "2023-11-26",
            "name": "How many North Koreans have escaped? (ticker.tv)",
            "note": "Published by ticker.tv on 2023-11-26. The text this project was given is that page's text word for word, as far as a stored copy of the page could be read on 2026-12-07 (the introduction and the three sections before the FAQ). There, the gaps are the publisher's, not losses in transmission: the page itself reads "led the Kim dynasty", "Challenges faced escapees" and "capture authorities". Five words were supplied editorially: "by" in four places ("led by", "faced by" in the heading of the challenges and again in the conclusion, and "capture by") and "on" once ("on foot"). No other word was changed; the FAQ's "Q:" and "A:" labels became headings. Who holds the rights in the text, and on which terms it may be used, is unconfirmed.",
            "url": "https://ticker.tv/news/how-many-north-koreans-have-escaped/232165/",
          },
        },
        "translation": "source",
        "value": 30000,
      }
    `);
  });

  it('reads the factors, the challenges with their phases, and the FAQ', async () => {
    const content = await build(`${root}/content`);
    expect(content.factors.map((f) => [f.id, f.label.text])).toMatchInlineSnapshot(`
      [
        [
          "political-repression",
          "Political repression",
        ],
        [
          "economic-hardship",
          "economic hardship",
        ],
        [
          "desire-for-personal-freedom",
          "desire for personal freedom",
        ],
      ]
    `);
    expect(content.challenges.map((c) => [c.id, c.phase, c.label.text])).toMatchInlineSnapshot(`
      [
        [
          "navigating-treacherous-terrains",
          "journey",
          "navigating treacherous terrains",
        ],
        [
          "avoiding-border-patrols",
          "journey",
          "avoiding border patrols",
        ],
        [
          "evading-capture-by-authorities",
          "journey",
          "evading capture by authorities",
        ],
        [
          "language-barriers",
          "after-crossing",
          "language barriers",
        ],
        [
          "cultural-differences",
          "after-crossing",
          "cultural differences",
        ],
        [
          "discrimination",
          "after-crossing",
          "discrimination",
        ],
      ]
    `);
    expect(content.faq.map((f) => [f.id, f.question.text, f.answer.text.length])).toMatchInlineSnapshot(`
      [
        [
          "what-is-a-defector",
          "What is a defector?",
          153,
        ],
        [
          "how-do-north-koreans-escape",
          "How do North Koreans escape?",
          159,
        ],
        [
          "what-happens-to-north-koreans-who-are-caught-trying-to-escape",
          "What happens to North Koreans who are caught trying to escape?",
          120,
        ],
        [
          "are-there-any-organizations-that-assist-north-korean-defectors",
          "Are there any organizations that assist North Korean defectors?",
          192,
        ],
      ]
    `);
    expect(content.article.sections.map((s) => [s.id, s.kind, s.heading.text])).toMatchInlineSnapshot(`
      [
        [
          "estimating-the-number-of-escapees",
          "estimate",
          "Estimating the number of escapees",
        ],
        [
          "factors-driving-defections",
          "factors",
          "Factors driving defections",
        ],
        [
          "challenges-faced-by-escapees",
          "challenges",
          "Challenges faced by escapees",
        ],
        [
          "frequently-asked-questions-faq",
          "faq",
          "Frequently Asked Questions (FAQ)",
        ],
      ]
    `);
  });

  it('keeps the article faithful, with the five words the publisher lacks supplied', async () => {
    const { article, faq } = await build(`${root}/content`);
    const all = [
      article.intro.text,
      ...article.sections.map((s) => s.heading.text + s.body.text),
      ...faq.map((f) => f.answer.text),
      article.conclusion.text,
    ].join('\n');
    expect(all).toContain('led by the Kim dynasty');
    expect(all).toContain('Challenges faced by escapees');
    expect(all).toContain('such as China, on foot or using underground networks');
    expect(all).toContain('evading capture by authorities');
    expect(all).toContain('The challenges faced by escapees are immense');
    expect(article.conclusion.text).toMatch(/^In conclusion, /);
  });
});

describe('extraction from a fixture that uses every convention', () => {
  it('keeps inline markup as mdast phrasing nodes without positions', async () => {
    const content = await build(fixture('good'));
    expect(content.article.intro).toMatchInlineSnapshot(`
      {
        "nodes": [
          {
            "children": [
              {
                "type": "text",
                "value": "An intro with ",
              },
              {
                "children": [
                  {
                    "type": "text",
                    "value": "emphasis",
                  },
                ],
                "type": "emphasis",
              },
              {
                "type": "text",
                "value": " and a ",
              },
              {
                "children": [
                  {
                    "type": "text",
                    "value": "link",
                  },
                ],
                "title": "Example",
                "type": "link",
                "url": "https://example.org",
              },
              {
                "type": "text",
                "value": ".",
              },
            ],
            "type": "paragraph",
          },
        ],
        "text": "An intro with emphasis and a link.",
      }
    `);
    expect(content.faq[0]).toMatchInlineSnapshot(`
      {
        "answer": {
          "nodes": [
            {
              "children": [
                {
                  "type": "text",
                  "value": "Yes, it is a ",
                },
                {
                  "type": "inlineCode",
                  "value": "test",
                },
                {
                  "type": "text",
                  "value": ".",
                },
              ],
              "type": "paragraph",
            },
            {
              "children": [
                {
                  "type": "text",
                  "value": "A second paragraph.",
                },
              ],
              "type": "paragraph",
            },
          ],
          "text": "Yes, it is a test.

      A second paragraph.",
        },
        "history": null,
        "id": "is-test",
        "question": {
          "nodes": [
            {
              "type": "text",
              "value": "Is this a ",
            },
            {
              "children": [
                {
                  "type": "text",
                  "value": "test",
                },
              ],
              "type": "emphasis",
            },
            {
              "type": "text",
              "value": "?",
            },
          ],
          "text": "Is this a test?",
        },
        "translation": "source",
      }
    `);
  });

  it('takes explicit ids over slugs, and attributes from the marks', async () => {
    const content = await build(fixture('good'));
    expect(content.factors.map((f) => [f.id, f.label.text])).toEqual([
      ['hunger', 'Hunger'],
      ['fear-of-arrest', 'fear of arrest'],
    ]);
    expect(content.factors[1]!.label.nodes).toEqual([
      { type: 'text', value: 'fear of ' },
      { type: 'strong', children: [{ type: 'text', value: 'arrest' }] },
    ]);
    expect(content.challenges.map((c) => [c.id, c.phase, c.sectionId])).toEqual([
      ['rivers', 'journey', 'hardships'],
      ['lonely', 'after-crossing', 'hardships'],
    ]);
    expect(content.estimate).toMatchObject({
      id: 'people',
      value: 1200,
      qualifier: 'about',
      since: 2001,
      destinations: ['Japan', 'Mongolia'],
      destinationCountries: [
        { code: 'JP', name: 'Japan' },
        { code: 'MN', name: 'Mongolia' },
      ],
      source: {
        attribution: 'a test census',
        publication: { name: 'The test suite', url: 'https://example.org/source' },
      },
    });
    expect(content.article.conclusion.text).toBe('The end.');
  });
});
