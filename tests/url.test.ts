/**
 * isSafeUrl (src/url.ts) on the normalisation browsers apply before they read a scheme: leading
 * spaces dropped, `\` read as `/`, and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { isProtocolRelative, isSafeUrl } from '../src/url.js';

describe('isSafeUrl', () => {
  it('reads the scheme after any number of leading spaces', () => {
    for (const url of [' https://example.org', '   http://example.org', '  mailto:a@b'])
      expect(isSafeUrl(url), url).toBe(true);
    for (const url of ['  javascript:x', '   data:x']) expect(isSafeUrl(url), url).toBe(false);
  });

  it('drops only leading spaces: a space inside a scheme keeps it from being one of ours', () => {
    expect(isSafeUrl('mail to:a@b')).toBe(false);
    expect(isSafeUrl('ht tps://example.org')).toBe(false);
  });

  it('reads a backslash as a slash, so a colon after one is in a path', () => {
    expect(isSafeUrl('a\\b:c')).toBe(true);
    expect(isSafeUrl('a/b:c')).toBe(true);
    expect(isSafeUrl('ab:c')).toBe(false);
  });

  it('isProtocolRelative: two slashes of either kind, after spaces, at the start only', () => {
    for (const url of ['//x', '\\\\x', '/\\x', '\\/x', '  //x']) expect(isProtocolRelative(url), url).toBe(true);
    for (const url of ['/x', 'a//x', '/ /x', 'x']) expect(isProtocolRelative(url), url).toBe(false);
  });
});
