import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { editionNames } from '../../pipeline/locale-module.js';
import { copyPackage, root } from '../helpers.js';

const exec = promisify(execFile);

/**
 * Adding a language is its article, its phrases file and one line (CONTRIBUTING.md): this test does
 * exactly that in a copy of the repository — a third locale, `qaa` (an ISO 639 code reserved for
 * local use), whose "translation" is the English text — and builds the package from it.
 */
describe('a third locale from one article, one phrases file and one line', () => {
  it('builds an entry north-korean-escapees/qaa with the whole API, and /locales offers it', async () => {
    const copy = await copyPackage();

    // 1. The article: the English text as a translation (bare figure marks, translationOf, the locale).
    const english = await readFile(path.join(root, 'content', 'article.en.md'), 'utf8');
    const article = english
      .replace('locale: en\n', 'locale: qaa\ntranslationOf: how-many-north-koreans-have-escaped\n')
      .replace(':estimate[over 30,000]{#escapees}', ':estimate{#escapees}');
    await writeFile(path.join(copy, 'content', 'article.qaa.md'), article);
    // 2. The phrases file.
    const phrases = (await readFile(path.join(root, 'src', 'phrases', 'en.ts'), 'utf8')).replaceAll("'en'", "'qaa'");
    await writeFile(path.join(copy, 'src', 'phrases', 'qaa.ts'), phrases);
    // 3. One line.
    await writeFile(
      path.join(copy, 'src', 'phrases', 'index.ts'),
      `${await readFile(path.join(copy, 'src', 'phrases', 'index.ts'), 'utf8')}export { phrases as qaa } from './qaa.js';\n`,
    );

    const built = await exec(process.execPath, [path.join(copy, 'scripts/run.mjs'), 'scripts/build.ts'], { cwd: copy });
    expect(built.stdout).toContain('package.json: added the entry north-korean-escapees/qaa');
    const pkg = JSON.parse(await readFile(path.join(copy, 'package.json'), 'utf8'));
    expect(pkg.exports['./qaa']).toEqual({
      import: { types: './dist/qaa.d.ts', default: './dist/qaa.js' },
      require: { types: './dist/qaa.d.cts', default: './dist/qaa.cjs' },
    });
    expect(pkg.typesVersions['*'].qaa).toEqual(['./dist/qaa.d.cts']);

    const esm = await import(pathToFileURL(path.join(copy, 'dist', 'qaa.js')).href);
    const cjs = createRequire(import.meta.url)(path.join(copy, 'dist', 'qaa.cjs'));
    for (const module of [esm, cjs]) {
      expect(Object.keys(module).sort()).toEqual(editionNames());
      expect(module.locale).toBe('qaa');
      expect(module.formatEstimate()).toBe('over 30,000');
      expect(module.getFaq('what-is-a-defector').question.text).toBe('What is a defector?');
    }
    const declarations = await readFile(path.join(copy, 'dist', 'qaa.d.ts'), 'utf8');
    expect(declarations).toContain('getFaq');
    const picker = await import(pathToFileURL(path.join(copy, 'dist', 'locales.js')).href);
    expect(picker.locales).toEqual(['en', 'ko', 'qaa']);
    expect(picker.getContent('qaa').article.locale).toBe('qaa');
  }, 180_000);
});
