/**
 * What UNHCR's refugee figures emit: the module `src/generated/refugees.ts`, which every edition
 * re-exports (`refugees`, `refugeeSources`).
 */
import type { Refugees } from '../../src/schema.js';

/** The runtime names of the refugees module, re-exported by every edition. */
export const REFUGEES_NAMES = ['refugeeSources', 'refugees'] as const;

/**
 * Renders the refugee figures' module. Rows citing one source share one object.
 *
 * @returns The module's source text (without its banner).
 */
export function renderRefugeesModule(refugees: Refugees): string {
  // As in the arrivals module: each source a constant named by its position (never by a name made
  // from content), so a bundler drops what a consumer does not use; content only in JSON literals.
  const name = (source: { readonly id: string }) => `source${refugees.sources.findIndex((s) => s.id === source.id)}`;
  const row = ({ source, ...fields }: Refugees['rows'][number]) =>
    `{ ${Object.entries(fields)
      .map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`)
      .join(', ')}, source: ${name(source)} }`;
  const sources = refugees.sources.map(
    (source) => `const ${name(source)}: DataSource = /* @__PURE__ */ deepFreeze(${JSON.stringify(source, null, 2)});`,
  );
  return `import { deepFreeze } from '../freeze.js';
import type { DataSource, RefugeeRow } from '../figure-types.js';

${sources.join('\n\n')}

/** Where the refugee figures come from. */
export const refugeeSources: readonly DataSource[] = /* @__PURE__ */ deepFreeze([${refugees.sources.map(name).join(', ')}]);

/**
 * UNHCR's figures of refugees from North Korea at the end of each year a source was read for: by
 * year, ascending; in each year the worldwide row (\`country: null\`), then the countries of asylum named.
 */
export const refugees: readonly RefugeeRow[] = /* @__PURE__ */ deepFreeze([
${refugees.rows.map((r) => `  ${row(r)},`).join('\n')}
]);
`;
}
