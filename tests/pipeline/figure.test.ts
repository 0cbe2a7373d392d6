import { describe, expect, it } from 'vitest';
import { readFigure } from '../../pipeline/kinds/figure.js';

describe('readFigure', () => {
  it.each([
    ['over 30,000', 30000, 'over'],
    ['more than 1,000,000', 1000000, 'over'],
    ['about 1200', 1200, 'about'],
    ['At least 7', 7, 'at-least'],
    ['30000', 30000, 'exactly'],
    ['  nearly   2,500 ', 2500, 'nearly'],
  ])('%j is %d, %s', (text, value, qualifier) => {
    expect(readFigure(text)).toEqual({ ok: true, value, qualifier });
  });

  it.each([
    ['over thirty thousand', /is not a number/],
    ['-30,000', /is negative/],
    ['roughly 30,000', /"roughly" is not a known qualifier/],
    ['30,00', /is not a number/],
    ['99999999999999999999', /too large/],
    ['under 0', /contradicts itself: a count cannot be under zero/],
    ['fewer than 0', /contradicts itself/],
  ])('rejects %j', (text, reason) => {
    const result = readFigure(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(reason);
  });
});
