/**
 * What every edition's module (`src/generated/<locale>.ts`, pipeline/emit/locale-module.ts) exports for a
 * kind: its data, under its collection's name, and the helpers bound to it.
 */

/** The literal union of a kind's ids, declared once (in the source locale's module) and shared by every edition. */
export interface IdType {
  readonly name: string;
  readonly doc: string;
}

/** What the emitter gives a kind's `render`. */
export interface EmitContext {
  /** The module's locale. */
  readonly locale: string;
  /** The language tag of its text (`article.language`, from the language's phrases). */
  readonly language: string;
  /** The code of a deep-frozen constant holding `value` (as a JSON literal: content is data, never code). */
  readonly frozen: (value: unknown) => string;
  /** The date of the last release that changed one of the edition's collections (`dateModified`), or `undefined`. */
  readonly modified: (collection: string) => string | undefined;
}

/** What each edition exports for a kind whose collection is a `Value`: its data, its `Helper`s and its `JsonLd` builders. */
export interface KindEmit<Value, Helper extends string = string, JsonLd extends string = string> {
  /** Its ids' type, e.g. `FactorId` (none for a kind of one item). */
  readonly idType?: IdType;
  /** What the code needs, by module (relative to `src/`), e.g. `{ 'query.js': ['byIdGetter'] }`; types by `types.js`. */
  readonly imports: Readonly<Record<string, readonly string[]>>;
  /** The public types every edition re-exports from `src/types.ts` for it, e.g. `Challenge` and `ChallengePhase`. */
  readonly types: readonly string[];
  /** The helpers it exports after its data, in the order of `render`, e.g. `getFaq`. */
  readonly helpers: readonly Helper[];
  /** Its schema.org builders, e.g. `toFaqPageJsonLd`: rendered after its helpers, listed after every kind's helpers. */
  readonly jsonLd?: readonly JsonLd[];
  /**
   * Where its helpers stand among the kinds' in each object of the locale picker
   * (`src/generated/locales.ts`), lowest first: the order `LocaleContent` (src/locales.ts) documents them in.
   */
  readonly pickerRank: number;
  /** The code of its exports for one locale: the data (named as its collection), then the helpers bound to it. */
  render(value: Value, context: EmitContext): string;
}
