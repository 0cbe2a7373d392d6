import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as ko from '../src/generated/ko.js';
import * as en from '../src/index.js';
import { root } from './helpers.js';

/** Bundles `code` (importing the built package's dist files) and returns the minified output. */
async function bundle(code: string): Promise<string> {
  const result = await build({
    stdin: { contents: code, resolveDir: path.join(root, 'dist'), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    charset: 'utf8',
  });
  return result.outputFiles[0]!.text;
}

describe('each language entry bundles only its own language', () => {
  const koreanAnswer = ko.getFaq('how-do-north-koreans-escape').answer.text.slice(0, 20);
  const englishAnswer = en.getFaq('how-do-north-koreans-escape').answer.text.slice(0, 40);

  it('the main entry carries no Korean article text', async () => {
    const output = await bundle("import * as m from './index.js'; console.log(m);");
    expect(output).toContain(englishAnswer);
    expect(output).not.toContain(koreanAnswer);
    expect(output).not.toContain(ko.article.title);
  });

  it('the Korean entry carries no English article text', async () => {
    const output = await bundle("import * as m from './ko.js'; console.log(m);");
    expect(output).toContain(koreanAnswer);
    expect(output).not.toContain(englishAnswer);
  });

  it("the main entry carries no Hangul but the Korean names of the ministry's sources: no Korean phrases", async () => {
    const hangul = /[\uac00-\ud7a3]/;
    // Everything but the arrival figures (whose sources name the ministry's Korean pages).
    for (const names of [
      'faq',
      'estimate, formatEstimate',
      'article, factors, challenges, getFaq, searchFaq, toHtml, toFaqPageJsonLd, meta',
    ]) {
      const output = await bundle(`import { ${names} } from './index.js'; console.log(${names});`);
      expect(output, names).not.toMatch(hangul);
    }
    const whole = await bundle("import * as m from './index.js'; console.log(m);");
    const sourceNames = [...en.arrivalSources, ...en.refugeeSources]
      .map((source) => `${source.name} ${source.note ?? ''}`)
      .join(' ');
    for (const match of whole.matchAll(/[\uac00-\ud7a3]+/g)) expect(sourceNames).toContain(match[0]);
  });

  it('the locale picker carries both', async () => {
    const output = await bundle("import * as m from './locales.js'; console.log(m);");
    expect(output).toContain(koreanAnswer);
    expect(output).toContain(englishAnswer);
  });

  it("the locale picker's list and check alone carry no locale's content (a router's guard)", async () => {
    const output = await bundle(
      "import { isLocale, locales } from './locales.js'; console.log(isLocale('ko'), locales);",
    );
    expect(output).not.toContain(koreanAnswer);
    expect(output).not.toContain(englishAnswer);
    expect(output).not.toContain(en.article.title);
    expect(output).not.toContain(ko.article.title);
    // The list, the check and what freezes the list: nothing else.
    expect(output.length).toBeLessThan(1000);
  });
});
