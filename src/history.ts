/**
 * What changed between releases of the content, from its releases (the generated `releases`): each
 * release lists the ids it added, changed and removed, per collection; a span of releases is their
 * sum, item by item. Pure and dependency-free: every entry binds it to the releases it ships.
 */
import type { CollectionChanges, ContentRelease } from './history-types.js';

/** Which collections the answer has, each with every list (empty when nothing changed): by edition, by dataset. */
export interface ChangeScopes {
  readonly editions: Readonly<Record<string, readonly string[]>>;
  readonly datasets: Readonly<Record<string, readonly string[]>>;
}

/** What happened to an id over a span of releases. */
type Net = 'added' | 'changed' | 'removed';

/**
 * The changes of several releases of one collection, oldest first, as one: an id added then changed
 * was added; added then removed, never there; removed then added again, changed; changed then
 * removed, removed. Ids keep the order they were first met in.
 *
 * @returns New lists; never throws.
 */
export function sumChanges(spans: readonly (CollectionChanges | undefined)[]): CollectionChanges {
  const net = new Map<string, Net>();
  for (const span of spans) {
    if (!span) continue;
    for (const id of span.removed) {
      if (net.get(id) === 'added') net.delete(id);
      else net.set(id, 'removed');
    }
    for (const id of span.added) net.set(id, net.get(id) === 'removed' ? 'changed' : 'added');
    for (const id of span.changed) if (net.get(id) !== 'added') net.set(id, 'changed');
  }
  const ids = (what: Net) => [...net].filter(([, state]) => state === what).map(([id]) => id);
  return { added: ids('added'), changed: ids('changed'), removed: ids('removed') };
}

/** Every collection of `scopes` (and any other a release names), each summed over `releases`. */
function sumScopes(
  releases: readonly ContentRelease[],
  scopes: Readonly<Record<string, readonly string[]>>,
  part: 'editions' | 'datasets',
): Record<string, Record<string, CollectionChanges>> {
  const names = new Set(Object.keys(scopes));
  for (const release of releases) for (const name of Object.keys(release[part])) names.add(name);
  const out: Record<string, Record<string, CollectionChanges>> = {};
  for (const name of names) {
    const collections = new Set(scopes[name] ?? []);
    for (const release of releases) for (const key of Object.keys(release[part][name] ?? {})) collections.add(key);
    out[name] = Object.fromEntries(
      [...collections].map((key) => [key, sumChanges(releases.map((release) => release[part][name]?.[key]))]),
    );
  }
  return out;
}

/**
 * Binds `changesSince` to the releases an entry ships.
 *
 * @param scopes The editions (every locale) and datasets, each with its collections, that every answer lists.
 * @returns `(version) => changes`: the ids added, changed and removed since the release `version` up
 *   to the last, per collection, in every edition and dataset; it throws a `RangeError` for a version
 *   that is not a release of the content (the message lists them).
 */
export function changesSinceFor<Changes>(
  releases: readonly ContentRelease[],
  scopes: ChangeScopes,
): (version: string) => Changes {
  return Object.freeze((version: string): Changes => {
    const index = releases.findIndex((release) => release.version === version);
    if (index === -1)
      throw new RangeError(
        `${JSON.stringify(version)} is not a release of the content; its releases: ${releases.map((release) => release.version).join(', ') || 'none yet'}`,
      );
    const later = releases.slice(index + 1);
    return {
      since: version,
      until: releases.at(-1)!.version,
      editions: sumScopes(later, scopes.editions, 'editions'),
      datasets: sumScopes(later, scopes.datasets, 'datasets'),
    } as Changes;
  });
}
