/**
 * north-korean-escapees: the article "How many North Koreans have escaped?" (English) as typed data,
 * the official yearly arrival figures and UNHCR's figures of refugees from North Korea.
 *
 * This file is a public entry point: the English edition's module (`src/generated/en.ts`, written by
 * the content build from the registered kinds), re-exported whole, so that a new kind's data and
 * helpers need no edit here; tests/exports.test.ts holds the list of public names. The other editions'
 * entries (`north-korean-escapees/ko`, …) are their generated modules themselves, with the same names.
 */

export * from './generated/en.js';
