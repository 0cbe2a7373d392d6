/**
 * The type declarations of `north-korean-escapees/data.json` (dist/data.json.d.ts and .d.cts): the
 * JSON file's value. This module is never bundled as JavaScript; scripts/declarations.ts bundles its
 * declarations.
 */
import type { Dataset } from './dataset.js';

/** All the data as plain JSON: `meta`, each locale's `content` and the `arrivals` figures. */
declare const data: Dataset;
export default data;
