/**
 * The kinds of section an article has, in the order they must appear. Every stage loops over this
 * list; adding a kind of content is its module and one line here.
 */

import type { MarkSpec } from '../marks.js';
import { challengesKind } from './challenges.js';
import { estimateKind } from './estimate.js';
import { factorsKind } from './factors.js';
import { faqKind } from './faq.js';
import type { KindHandler } from './kind.js';

/** The kinds, in article order. */
export const KINDS: readonly KindHandler[] = [estimateKind, factorsKind, challengesKind, faqKind];

/** Every mark, with its spec and the kind that owns it. */
export const MARKS: ReadonlyMap<string, { readonly spec: MarkSpec; readonly owner: KindHandler }> = new Map(
  KINDS.flatMap((kind) => Object.entries(kind.marks).map(([name, spec]) => [name, { spec, owner: kind }] as const)),
);
