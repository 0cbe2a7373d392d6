/**
 * How the content lock (`release/`) records a collection: the nouns it is known by and how its
 * fields are compared. Every field of an item is recorded, named here or not, so that no field
 * readers see is left out of the lock.
 */

/**
 * How a field of an item is compared by the content lock: `fact` changes are minor, `text` changes
 * patches. A `context` is a paragraph of the item's section (`sectionId`), compared as that section's
 * `body`: on its own only when that body did not change (an item a translation lacks, which shows
 * the source's paragraph). A field a collection does not name is compared too, as a patch.
 */
export type LockFieldKind = 'fact' | 'text' | 'context';

/** How the lock records a collection whose value (in the content) is a `Value`. */
export interface LockSpec<Value> {
  /** The word used in reasons, e.g. `faq` in `faq "what-is-a-defector" removed`. */
  readonly noun: string;
  /** The word readers know an item by, e.g. `question`, used in changeset drafts. */
  readonly readerNoun: string;
  /** The field whose text names an item for readers (recorded as `name`, not compared). */
  readonly nameField: string;
  /** How fields (besides `id`) are compared; a field not named here is compared as a patch. */
  readonly fields: Readonly<Record<string, LockFieldKind>>;
  /**
   * The items as the lock records them, every field of each, from the collection's value (default:
   * the array itself, or the one item); a field recorded elsewhere is left out here.
   */
  items?(value: Value): readonly LockedItem[];
}

/** An item as the lock reads it: its fields by name. */
export type LockedItem = Readonly<Record<string, unknown>>;
