/**
 * The type declarations of `north-korean-escapees/schema.json` (dist/schema.json.d.ts and .d.cts):
 * a JSON Schema (draft 2020-12) document. This module is never bundled as JavaScript.
 */

/** A JSON Schema document: its dialect and address, and its other keywords. */
interface JsonSchemaDocument {
  readonly $schema: 'https://json-schema.org/draft/2020-12/schema';
  readonly $id: 'north-korean-escapees/schema.json';
  readonly title: string;
  readonly type: 'object';
  readonly [keyword: string]: unknown;
}

/** The JSON Schema of `data.json`, generated from the zod `Dataset` schema. */
declare const schema: JsonSchemaDocument;
export default schema;
