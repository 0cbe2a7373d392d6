/**
 * A dataset: published figures shipped beside the article (`content/<name>.md`), everything the
 * build knows about it in one place — its file's extraction and rules, its module and what every
 * edition re-exports of it, its lock collections, its items' histories and its part of the licence.
 * The build, the emitter, the editions, the lock, the release history and the licence loop over the
 * datasets registered in `index.ts`; its
 * schema is the line of `DATASET_SCHEMAS` (src/schemas/package.ts) under the same name.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { DatasetValues } from '../../src/figure-types.js';
import type { LicensePart } from '../../src/types.js';
import type { LockedItem, LockSpec } from '../kinds/lock-spec.js';
import type { RuleSet } from '../shared/rules.js';

/** The name of a dataset: its key in `data.json`, its file `content/<name>.md` and its module `src/generated/<name>.ts`. */
export type DatasetName = keyof DatasetValues;

/** What every edition re-exports from one module: runtime names and type names (relative to `src/generated/`). */
export interface SharedExport {
  readonly from: string;
  readonly names?: readonly string[];
  readonly types?: readonly string[];
}

/** A collection of the lock read from a dataset's value: how its items are named and compared, and how they are read. */
export interface DatasetCollection<Value> extends Omit<LockSpec<Value>, 'items'> {
  read(value: Value): readonly LockedItem[];
}

/** The names of a value's lists whose items have a history (`rows`, `sources`). */
export type HistoryListName<Value> = {
  [K in keyof Value]: Value[K] extends readonly { readonly history: unknown }[] ? K : never;
}[keyof Value] &
  string;

/** The item of a list. */
type ItemOf<List> = List extends readonly (infer Item)[] ? Item : never;

/** How the lock knows the items of one of a dataset's lists that have a history, and where it records them. */
export interface HistoryList<Item> {
  /**
   * The lock's collection of them: one of the dataset's `lock` collections (`figures.<name>`), or
   * `null` for the arrival rows, which every lock records apart (its `arrivals`, by period).
   */
  readonly lock: string | null;
  /** An item's id there, the same in the lock and the release history (`2019-CA`, `1999–2001`, a source's id). */
  id(item: Item): string;
}

/** One dataset, whose validated value is `DatasetValues[Name]`. */
export interface DatasetKind<Name extends DatasetName = DatasetName> {
  readonly name: Name;
  /** What it is called in messages, e.g. `the official arrival figures`. */
  readonly noun: string;
  /** The rules only this dataset's file breaks, by id (AUTHORING.md lists them). */
  readonly rules: RuleSet;
  /**
   * Extracts and validates the file; problems are reported on `file`.
   * @returns The value with no translations (the build adds each edition's), or `undefined` on any problem.
   */
  extract(tree: Root, file: VFile): DatasetValues[Name] | undefined;
  /** Its module, `src/generated/<name>.ts`: the names it exports (every edition re-exports them) and its text. */
  readonly module: { readonly names: readonly string[]; render(value: DatasetValues[Name]): string };
  /** What else every edition re-exports for it: its queries (`../<module>.js`) and its types (`../figure-types.js`). */
  readonly exports: readonly SharedExport[];
  /** Its collections in the lock, by a name unique among every dataset's (a new one is a minor release). */
  readonly lock: Readonly<Record<string, DatasetCollection<DatasetValues[Name]>>>;
  /**
   * Its lists whose items have a history (each item's `history`; `changesSince(…).datasets.<name>.<list>`),
   * every one of them (the type requires it): how the lock knows each item. A row or total citing a
   * source cites the `sources` item, history and all.
   */
  readonly history: {
    readonly [List in HistoryListName<DatasetValues[Name]>]: HistoryList<ItemOf<DatasetValues[Name][List]>>;
  };
  /** Its part of the package's licence (`meta.license`, NOTICE.md). */
  readonly license: LicensePart;
}

/**
 * Declares a dataset with its types checked together.
 *
 * @returns The dataset itself.
 */
export function defineDataset<const Name extends DatasetName>(dataset: DatasetKind<Name>): DatasetKind<Name> {
  return dataset;
}
