/**
 * What the official arrival figures emit: the module \`src/generated/arrivals.ts\`, which every
 * edition re-exports (\`arrivals\`, \`arrivalSources\`, \`statedArrivalsTotal\`).
 */
import type { Arrivals } from '../../src/schema.js';

/** The runtime names of the arrivals module, re-exported by every edition. */
export const ARRIVALS_NAMES = ['arrivalSources', 'arrivals', 'statedArrivalsTotal'] as const;

/**
 * Renders the arrival figures' module. Rows citing one source share one object.
 *
 * @returns The module's source text (without its banner).
 */
export function renderArrivalsModule(arrivals: Arrivals): string {
  // Each source is a constant of its own, named by its position (never by a name made from content),
  // and referred to by that name: a bundler can drop what a consumer does not use, which it could not
  // if rows read \`arrivalSources[i]\` (a property access may have side effects).
  const name = (source: { readonly id: string }) => `source${arrivals.sources.findIndex((s) => s.id === source.id)}`;
  const withSource = ({ source, ...fields }: { readonly source: { readonly id: string } }) =>
    `{ ${Object.entries(fields)
      .map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`)
      .join(', ')}, source: ${name(source)} }`;
  const total = arrivals.statedTotal;
  const sources = arrivals.sources.map(
    (source) => `const ${name(source)}: DataSource = /* @__PURE__ */ deepFreeze(${JSON.stringify(source, null, 2)});`,
  );
  return `import { deepFreeze } from '../freeze.js';
import type { ArrivalRow, DataSource, StatedTotal } from '../figure-types.js';

${sources.join('\n\n')}

/** Where the arrival figures come from. */
export const arrivalSources: readonly DataSource[] = /* @__PURE__ */ deepFreeze([${arrivals.sources.map(name).join(', ')}]);

/** The arrival figures: one row per period, in ascending order, each naming its source. */
export const arrivals: readonly ArrivalRow[] = /* @__PURE__ */ deepFreeze([
${arrivals.rows.map((row) => `  ${withSource(row)},`).join('\n')}
]);

/** The cumulative total as stated by its source; the rows add up to it (checked by the build). */
export const statedArrivalsTotal: StatedTotal | null = ${total ? `/* @__PURE__ */ deepFreeze(${withSource(total)})` : 'null'};
`;
}
