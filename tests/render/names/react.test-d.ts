/**
 * The rich-text type of the main entry and the react component, side by side in one file: the
 * component's name does not clash with the type's (TS2300 when both were `RichText`).
 */
import { expectTypeOf, it } from 'vitest';
import { faq, type RichText } from '../../../src/index.js';
import { type RichTextProps, RichTextView } from '../../../src/react.js';

it('imports the RichText type and the RichTextView component of /react together', () => {
  const question: RichText = faq[0]!.question;
  expectTypeOf<{ value: RichText }>().toMatchTypeOf<RichTextProps>();
  expectTypeOf(RichTextView).not.toBeAny();
  expectTypeOf(question).toEqualTypeOf<RichText>();
});
