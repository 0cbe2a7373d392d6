/**
 * `npm run content -- --watch` on the package's own content keeps dist/ current, for a consumer that
 * links the package: tested in a copy of the repository, as a real process, as an author runs it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEntries } from '../../scripts/entries.js';
import { locales } from '../../src/generated/locales.js';
import { copyPackage } from '../helpers.js';

/** Waits until `predicate` holds for the lines printed so far (a bound, not a timing assertion). */
async function until(what: string, lines: string[], predicate: (lines: string[]) => boolean, limitMs = 90_000) {
  const deadline = Date.now() + limitMs;
  while (!predicate(lines)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; printed:\n${lines.join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('npm run content -- --watch keeps dist/ current', () => {
  it('rebundles the entries and data.json after each save, and writes the declarations again when the ids change', async () => {
    const copy = await copyPackage();
    const lines: string[] = [];
    const watcher: ChildProcess = spawn(process.execPath, ['scripts/run.mjs', 'scripts/content.ts', '--watch'], {
      cwd: copy,
    });
    let buffered = '';
    const collect = (chunk: Buffer) => {
      buffered += chunk.toString();
      const parts = buffered.split('\n');
      buffered = parts.pop()!;
      lines.push(...parts);
    };
    watcher.stdout!.on('data', collect);
    watcher.stderr!.on('data', collect);
    const exited = new Promise<number | null>((resolve) => watcher.on('exit', (code) => resolve(code)));
    try {
      await until('the first dist update', lines, (all) => all.some((l) => l.includes('dist: declarations written')));
      const dist = (name: string) => path.join(copy, 'dist', name);
      expect(await readFile(dist('index.js'), 'utf8')).toContain('A defector is an individual');
      // The first update writes the Svelte entry's files too (a linked consumer imports them).
      expect(await readFile(dist('svelte/RichText.svelte'), 'utf8')).toContain('<script');

      // A save: the entries and data.json are bundled again; the types did not change.
      const article = path.join(copy, 'content', 'article.en.md');
      const english = await readFile(article, 'utf8');
      const marker = lines.length;
      // (a save may be seen half-written first: the line that counts is the build's that follows;
      // every edition's module changes too: a translated answer is now stale, a warning counted on the line)
      const modules = locales.map((locale) => `${locale}\\.ts`).join(', ');
      const rebuilt = new RegExp(
        `^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} article\\.en\\.md changed: ${modules}, locales\\.ts, data\\.json rebuilt in src/generated \\((\\d+ ms|\\d+\\.\\d s); \\d+ warnings?: the build went on\\)$`,
      );
      await writeFile(article, english.replace('A defector is an individual', 'A defector is a person'));
      await until('the rebundle', lines, (all) => all.slice(marker).some((l) => rebuilt.test(l)));
      await until('the rebundle', lines, (all) => all.slice(marker).some((l) => / dist updated in /.test(l)));
      // Every JavaScript entry of package.json's exports, both formats, then the JSON files.
      const bundled = readEntries(copy)
        .entries.filter((entry) => entry.kind === 'module')
        .flatMap((entry) => [`${entry.name}.cjs`, `${entry.name}.js`])
        .sort();
      const update = lines.slice(marker).find((l) => / dist updated in /.test(l));
      expect(update).toMatch(/^\d\d:\d\d:\d\d\.\d{3} dist updated in (\d+ ms|\d+\.\d s): /);
      expect(update!.split(': ').at(-1)).toBe([...bundled, 'data.json', 'schema.json'].join(', '));
      expect(bundled).toEqual(expect.arrayContaining(['index.js', `${locales[1]}.cjs`, 'react.js', 'hast.cjs']));
      expect(await readFile(dist('index.js'), 'utf8')).toContain('A defector is a person');
      expect(createRequire(import.meta.url)(dist('index.cjs')).getFaq('what-is-a-defector').answer.text).toMatch(
        /^A defector is a person/,
      );
      expect(JSON.parse(await readFile(dist('data.json'), 'utf8')).content.en.faq[0].answer.text).toMatch(
        /^A defector is a person/,
      );
      expect(lines.slice(marker).some((l) => l.includes('dist: declarations written'))).toBe(false);

      // A new id: the declarations are written again, and they name it.
      const marker2 = lines.length;
      for (const locale of locales.slice(1)) {
        const translation = path.join(copy, 'content', `article.${locale}.md`);
        const text = await readFile(translation, 'utf8');
        await writeFile(translation, text.replace('{#what-is-a-defector}', '{#who-is-a-defector}'));
      }
      await writeFile(article, english.replace('### What is a defector?', '### Who is a defector?'));
      // (a translation's save alone is a located problem: the ids differ until the English one is saved)
      await until('the declarations', lines, (all) =>
        all.slice(marker2).some((l) => l.includes('dist: declarations written')),
      );
      expect(await readFile(dist('index.d.ts'), 'utf8')).toMatch(/type FaqId = "who-is-a-defector" \|/);
    } finally {
      watcher.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 240_000);
});
