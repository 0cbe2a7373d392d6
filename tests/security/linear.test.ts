/**
 * Every text pass of the build and of the shipped runtime is linear. Each pass is checked two ways:
 * a property (fast-check) that it gives what the obvious regular expression gives, on short inputs
 * where that expression is cheap; and inputs that would take minutes on a quadratic version (the
 * regular expressions these passes replaced), whose results are asserted — not their time: the
 * benchmark (`bench/adversarial.ts`) reports the time.
 */
import fc from 'fast-check';
import type { Heading } from 'mdast';
import { describe, expect, it, vi } from 'vitest';
import { normalizeText } from '../../pipeline/load/load.js';
import { splitHeadingId } from '../../pipeline/parse/document.js';
import { formatDiagnostic } from '../../pipeline/shared/diagnostics.js';
import { closest } from '../../pipeline/shared/suggest.js';
import { faqSearcher } from '../../src/query.js';
import { toHtml } from '../../src/render.js';
import { foldForSearch, queryWords } from '../../src/search.js';

const MIB = 1024 * 1024;

/** A string of the given characters (short: the reference expressions are quadratic). */
const textOf = (chars: readonly string[], maxLength = 40) =>
  fc.array(fc.constantFrom(...chars), { maxLength }).map((parts) => parts.join(''));

const heading = (value: string): Heading => ({ type: 'heading', depth: 2, children: [{ type: 'text', value }] });

describe('normalizeText (pipeline/load/load.ts)', () => {
  const reference = (text: string) =>
    text
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .replace(/[ \t]+$/gm, '')
      .normalize('NFC');

  it('gives what /[ \\t]+$/gm gives', () => {
    fc.assert(
      fc.property(textOf([' ', '\t', '\n', '\r', 'x', '\uFEFF', 'e\u0301']), (text) => {
        expect(normalizeText(text)).toBe(reference(text));
      }),
      { numRuns: 500 },
    );
  });

  it('trims a line of a mebibyte of spaces (an hour with /[ \\t]+$/gm)', () => {
    expect(normalizeText(`x${' '.repeat(MIB)}`)).toBe('x');
    expect(normalizeText(`${' '.repeat(MIB)}x`)).toBe(`${' '.repeat(MIB)}x`);
  });

  it('trims 3,000 lines indented i × 2 and ending in spaces (84 s with /[ \\t]+$/gm)', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i * 2)}x`);
    expect(normalizeText(lines.map((line) => `${line}${' '.repeat(100)}`).join('\r\n'))).toBe(lines.join('\n'));
  });
});

describe('formatDiagnostic (pipeline/shared/diagnostics.ts)', () => {
  const format = (message: string) =>
    formatDiagnostic({ severity: 'error', file: 'a.md', line: 1, column: 1, message, ruleId: 'invalid-value' });
  const prefix = 'a.md:1:1: ';
  const suffix = ' [invalid-value]';

  it('gives what /\\s*\\n\\s*/g gives', () => {
    fc.assert(
      fc.property(textOf([' ', '\t', '\n', 'x', '\u00a0']), (message) => {
        expect(format(message)).toBe(`${prefix}${message.replace(/\s*\n\s*/g, ' ')}${suffix}`);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a mebibyte of spaces without a line break, and joins lines around one (minutes with /\\s*\\n\\s*/g)', () => {
    const spaces = ' '.repeat(MIB);
    expect(format(`a${spaces}b`)).toBe(`${prefix}a${spaces}b${suffix}`);
    expect(format(`a${spaces}\n${spaces}b`)).toBe(`${prefix}a b${suffix}`);
  });
});

describe('splitHeadingId (pipeline/parse/document.ts)', () => {
  const reference = (value: string) => {
    const match = /\s*\{#([^}]*)\}\s*$/.exec(value);
    return match ? { id: match[1], rest: value.slice(0, match.index) } : { id: undefined, rest: value };
  };

  it('gives what /\\s*\\{#([^}]*)\\}\\s*$/ gives', () => {
    fc.assert(
      fc.property(textOf(['{', '#', '}', ' ', '\n', 'a', '-']), (value) => {
        const { id, nodes } = splitHeadingId(heading(value));
        const expected = reference(value);
        expect(id).toBe(expected.id);
        const rest = nodes.length === 0 ? '' : (nodes[0] as { value: string }).value;
        expect(rest).toBe(expected.rest);
      }),
      { numRuns: 1000 },
    );
  });

  it('answers on a mebibyte of spaces or of {# (minutes with the expression)', () => {
    expect(splitHeadingId(heading(`a${' '.repeat(MIB)}b`)).id).toBeUndefined();
    expect(splitHeadingId(heading(`a${'{#'.repeat(MIB / 2)}b`)).id).toBeUndefined();
    expect(splitHeadingId(heading(`a${'{#'.repeat(MIB / 2)}}`)).id).toBe('{#'.repeat(MIB / 2 - 1));
    const spaced = splitHeadingId(heading(`Heading${' '.repeat(MIB)}{#the-id}${' '.repeat(MIB)}`));
    expect(spaced.id).toBe('the-id');
    expect(spaced.text).toBe('Heading');
  });
});

describe("toHtml's line trimming (src/render.ts)", () => {
  it('drops the spaces around line breaks of a mebibyte-long text, and keeps the others', () => {
    const spaces = ' '.repeat(MIB);
    const html = toHtml({ text: '', nodes: [{ type: 'text', value: `a${spaces}\n${spaces}b${spaces}c` }] });
    expect(html).toBe(`a\nb${spaces}c`);
  });
});

describe('closest (pipeline/shared/suggest.ts), the did-you-mean of marks and keys', () => {
  it('suggests for a typo, and answers a mebibyte-long name without comparing it', () => {
    expect(closest('phse', ['id', 'phase'])).toBe('phase');
    expect(closest('p'.repeat(MIB), ['id', 'phase'])).toBeUndefined();
    expect(closest(`phase${' '.repeat(60)}`, ['id', 'phase'])).toBeUndefined();
  });
});

describe('foldForSearch (src/search.ts, what searchFaq folds a query with)', () => {
  const reference = (text: string) =>
    text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

  it('gives what decomposing, then removing the marks, gives', () => {
    const chars = [
      'a',
      'E',
      'é',
      'e\u0301',
      '\u0301',
      '\u0316',
      '\u0345',
      'ﬁ',
      'Å',
      '한',
      '\u1100\u1161',
      ' ',
      '\t',
      'Ⅳ',
      'ｶ',
      'ﾞ',
    ];
    fc.assert(
      fc.property(textOf(chars), (text) => {
        expect(foldForSearch(text)).toBe(reference(text));
      }),
      { numRuns: 500 },
    );
  });

  it('folds a query of 320,000 combining marks of alternating class (minutes when decomposed first)', () => {
    expect(foldForSearch(`a${'\u0301\u0316'.repeat(160_000)}b`)).toBe('ab');
  });
});

describe('queryWords and faqSearcher (src/search.ts, src/query.ts: searchFaq)', () => {
  const chars = ['a', 'E', 'Σ', 'ΑΣ', 'é', '\u0301', 'ﬁ', 'İ', '한', ' ', '\t', '\u00a0', '¨', 'Ⅳ', 'ｶ', '\uFDFA'];

  it('gives the distinct words of foldForSearch, in their order', () => {
    fc.assert(
      fc.property(textOf(chars), (text) => {
        expect([...queryWords(text)]).toEqual([...new Set(foldForSearch(text).split(' ').filter(Boolean))]);
      }),
      { numRuns: 500 },
    );
  });

  it('folds a query once, not once per entry (a million characters took 9.7 s over four entries)', () => {
    const entries = Array.from({ length: 200 }, (_, i) => ({
      id: `entry-${i}`,
      question: { text: `Question ${i}?`, nodes: [] },
      answer: { text: 'An answer about defectors.', nodes: [] },
      translation: 'source' as const,
    }));
    const search = faqSearcher(entries as never[]);
    expect(search('answer')).toHaveLength(200); // the entries are folded on the first search
    const normalize = vi.spyOn(String.prototype, 'normalize');
    try {
      expect(search(`${'\uFDFA'.repeat(20_000)} answer`)).toEqual([]);
      expect(search('ANSWER défectors '.repeat(5000))).toHaveLength(200);
      expect(normalize).toHaveBeenCalledTimes(2);
    } finally {
      normalize.mockRestore();
    }
  });
});
