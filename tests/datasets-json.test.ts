import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_DATASETS } from '../pipeline/datasets/index.js';
import * as en from '../src/index.js';
import { root } from './helpers.js';

const data = JSON.parse(await readFile(path.join(root, 'src', 'generated', 'data.json'), 'utf8'));

describe('every dataset, in the modules and in data.json', () => {
  it.each(ALL_DATASETS.map((dataset) => dataset.name))(
    '%s: the same text, key for key (the README compares them with JSON.stringify)',
    (name) => {
      const dataset = ALL_DATASETS.find((d) => d.name === name)!;
      // The entry's name of each list: the rows under the dataset's own name, the sources under `<x>Sources`.
      const exported = en as unknown as Record<string, unknown>;
      const rows = exported[name];
      expect(Array.isArray(rows), `${name} is exported`).toBe(true);
      expect(JSON.stringify(rows)).toBe(JSON.stringify(data[name].rows));
      expect(Object.keys(dataset.history)).toContain('rows');
    },
  );
});
