import { describe, it } from 'vitest';
import { article, challenges, estimate, faq } from '../src/index.js';

describe('exported data is readonly all the way down', () => {
  it('rejects writes to nested fields and arrays at compile time', () => {
    // @ts-expect-error nested arrays are readonly
    estimate.destinations.push('x');
    // @ts-expect-error nested objects are readonly
    estimate.source.publication.name = 'x';
    // @ts-expect-error rich text is readonly
    faq[0]!.answer.text = 'x';
    // @ts-expect-error rich-text nodes are readonly
    faq[0]!.answer.nodes[0]!.children.push({ type: 'text', value: 'x' });
    // @ts-expect-error sections are readonly
    article.sections[0]!.heading = article.sections[0]!.heading;
    // @ts-expect-error items are readonly
    challenges[0]!.phase = 'journey';
  });
});
