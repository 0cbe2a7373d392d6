/**
 * The code of a dataset's item that cites a source: its fields in their order, as `data.json` has
 * them (so that the module's data and the JSON serialise alike), the source as its constant's name.
 */
export function citingItem(
  item: { readonly source: { readonly id: string } },
  name: (source: { readonly id: string }) => string,
): string {
  const fields = Object.entries(item).map(
    ([key, value]) => `${JSON.stringify(key)}: ${key === 'source' ? name(item.source) : JSON.stringify(value)}`,
  );
  return `{ ${fields.join(', ')} }`;
}
