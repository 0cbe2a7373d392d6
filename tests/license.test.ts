import { readFile } from 'node:fs/promises';
import path from 'node:path';
import parseSpdx from 'spdx-expression-parse';
import { describe, expect, it } from 'vitest';
import { ALL_DATASETS } from '../pipeline/datasets/index.js';
import { LICENSE_PARTS, licenseExpression, NOT_LICENSED } from '../pipeline/emit/license.js';
import { arrivalSources, article, meta, statedArrivalsTotal } from '../src/index.js';
import { locales } from '../src/locales.js';
import { root } from './helpers.js';

const read = (file: string) => readFile(path.join(root, file), 'utf8');

describe('the licence', () => {
  it('package.json has a license field: a valid SPDX expression of every part, those the project grants no licence for included', async () => {
    const pkg = JSON.parse(await read('package.json'));
    expect(pkg.license).toBe(licenseExpression());
    const ids: string[] = [];
    const collect = (node: ReturnType<typeof parseSpdx>): void => {
      if ('license' in node) ids.push(node.license);
      else {
        collect(node.left);
        collect(node.right);
      }
    };
    collect(parseSpdx(pkg.license));
    expect(ids).toEqual(['MIT', 'CC-BY-4.0', 'LicenseRef-Not-Licensed-See-NOTICE']);
    expect(pkg.files).toContain('NOTICE.md');
  });

  it('adds the not-licensed term only for a part with no licence, once however many there are', () => {
    const [code, translation, english, figures] = LICENSE_PARTS;
    expect(licenseExpression([code!, translation!])).toBe('MIT AND CC-BY-4.0');
    expect(licenseExpression([english!])).toBe(NOT_LICENSED);
    expect(licenseExpression([code!, english!, code!, figures!])).toBe(`MIT AND ${NOT_LICENSED}`);
    expect(licenseExpression([])).toBe('');
  });

  it('names every part: owned ones with a licence, the others with none and where they come from', () => {
    const owned = LICENSE_PARTS.filter((part) => part.license !== null);
    const others = LICENSE_PARTS.filter((part) => part.license === null);
    expect(owned.map((part) => part.license)).toEqual(['MIT', 'CC-BY-4.0']);
    expect(others).toHaveLength(3);
    expect(others[0]!.part).toContain('English article');
    expect(others[0]!.holder).toBeNull();
    expect(others[0]!.note).toContain(`Published by ticker.tv on ${article.source.date} (${article.source.url})`);
    expect(others[0]!.note).toContain(
      'Who holds the rights in the text, and on which terms it may be used, is unconfirmed.',
    );
    // Plain counts are facts: the ministry is their source, not a rights holder.
    expect(others[1]!.holder).toBeNull();
    expect(others[1]!.note).toContain(
      'the Ministry of Unification of the Republic of Korea is their source, not their rights holder',
    );
    expect(others[1]!.note).toContain('Korea Open Government License');
    expect(others[1]!.note).toContain('was not checked');
    expect(others[2]!.holder).toBeNull();
    expect(others[2]!.note).toContain(
      'UNHCR (the Office of the United Nations High Commissioner for Refugees) is their source, not their rights holder',
    );
    expect(others[2]!.note).toContain('was not checked');
  });

  it('licenses the translations as one part, naming no edition, so that a new language is licensed as the others', () => {
    const [, translations] = LICENSE_PARTS;
    expect(translations!.part).toMatch(/^The translations of the article \(every edition but the English/);
    for (const locale of locales.filter((locale) => locale !== article.locale))
      for (const part of LICENSE_PARTS)
        expect(part.part, locale).not.toMatch(new RegExp(`(content\\.|north-korean-escapees/)${locale}(?![\\w-])`));
  });

  it('says what the data says: the publisher, the words supplied, and where the figures come from', () => {
    const [english, figures] = LICENSE_PARTS.filter((part) => part.license === null);
    const restored = (text: string) => /(\w+) words were supplied editorially/.exec(text)?.[1];
    expect(restored(english!.note)).toBe(restored(article.source.note!));
    expect(restored(english!.note)).toBe('Five');
    for (const quote of article.source.note!.match(/"[a-z ]+ by"|"on foot"/g)!) expect(english!.note).toContain(quote);
    // Each publication the figures are read from is named (the ministry's own pages as "the ministry's page").
    const publisher = (name: string) =>
      name.startsWith('Ministry of Unification') ? "ministry's page" : name.split(',')[0]!;
    for (const source of [...arrivalSources, statedArrivalsTotal!.source])
      expect(figures!.note).toContain(publisher(source.name));
  });

  it('LICENSE holds the MIT text and states each part; NOTICE.md holds every part verbatim', async () => {
    const license = await read('LICENSE');
    expect(license).toContain('Permission is hereby granted, free of charge');
    expect(license).toContain('Creative Commons Attribution 4.0 International');
    expect(license).toContain('"How many North Koreans have escaped?": not the project\'s');
    expect(license).toContain('Ministry of Unification');
    const notice = await read('NOTICE.md');
    for (const part of LICENSE_PARTS) {
      expect(notice).toContain(`## ${part.part}\n`);
      expect(notice).toContain(
        `- **Rights holder:** ${part.holder ?? 'none named'}\n- **Licence granted by the project:** ${part.license ?? 'none'}\n\n${part.note}\n`,
      );
    }
  });

  it('is in meta and in data.json, so data-only users see it', async () => {
    expect(meta.license).toEqual({ spdx: licenseExpression(), parts: LICENSE_PARTS });
    const data = JSON.parse(await read('dist/data.json'));
    expect(data.meta).toEqual(meta);
    expect(Object.keys(data)).toEqual(['meta', 'content', ...ALL_DATASETS.map((dataset) => dataset.name), 'releases']);
  });
});
