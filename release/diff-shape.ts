/**
 * The bump a change of the public data shape needs: a field removed or retyped is major, a field
 * added or a union of literals widened is minor (users read the data, they do not write it).
 */
import type { Change } from './change.js';

/**
 * Compares two data shapes (field path → type), reporting a removed or added field once, not each
 * field inside it, in time linear in the length of the paths.
 *
 * @returns The changes, removals first; never throws.
 */
export function diffShape(before: Readonly<Record<string, string>>, after: Readonly<Record<string, string>>): Change[] {
  const changes: Change[] = [];
  const push = (bump: Change['bump'], reason: string) => changes.push({ bump, reason, note: `Data shape: ${reason}.` });
  const removed = Object.keys(before).filter((key) => !Object.hasOwn(after, key));
  const added = Object.keys(after).filter((key) => !Object.hasOwn(before, key));
  const [removedInside, addedInside] = [inside(removed), inside(added)];
  for (const key of removed) {
    if (!removedInside.has(key)) push('major', `data field "${key}" removed`);
  }
  for (const key of added) {
    if (!addedInside.has(key)) push('minor', `data field "${key}" added`);
  }
  for (const key of Object.keys(after)) {
    const [old, now] = [before[key], after[key]!];
    if (old === undefined || old === now) continue;
    const [was, is] = [literals(old), literals(now)];
    if (was && is && was.every((value) => is.includes(value)))
      push('minor', `data field "${key}" accepts more values: ${is.filter((v) => !was.includes(v)).join(', ')}`);
    else push('major', `data field "${key}" changed from ${old} to ${now}`);
  }
  return changes;
}

/** A node of a tree of field paths: one per path segment (`faq`, `[]`, `.answer`). */
interface PathNode {
  field: boolean;
  readonly next: Map<string, PathNode>;
}

/**
 * The fields of `keys` that lie inside another of them (`faq[].answer.text` inside `faq[].answer`),
 * found with a tree of their segments in time linear in their length, where comparing each field
 * with every other was quadratic (a lock of 100,000 made-up fields took minutes).
 */
function inside(keys: readonly string[]): Set<string> {
  const segments = (key: string) => key.split(/(?=[.[|])/);
  const root: PathNode = { field: false, next: new Map() };
  for (const key of keys) {
    let node = root;
    for (const segment of segments(key)) {
      const child = node.next.get(segment) ?? { field: false, next: new Map() };
      node.next.set(segment, child);
      node = child;
    }
    node.field = true;
  }
  const found = new Set<string>();
  for (const key of keys) {
    let node = root;
    for (const segment of segments(key).slice(0, -1)) {
      node = node.next.get(segment)!;
      if (node.field) {
        found.add(key);
        break;
      }
    }
  }
  return found;
}

/** The members of a union of string literals (`"a" | "b"`), or undefined for any other type. */
function literals(type: string): string[] | undefined {
  const parts = type.split(' | ');
  return parts.every((part) => /^"[^"]*"$/.test(part)) ? parts : undefined;
}
