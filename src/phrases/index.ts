/**
 * Every language's phrases, by locale: a language is its module (`<locale>.ts`, exporting `phrases`)
 * and one line here. The content build reads them all (a translation's figure is written in its
 * language); each edition imports only its own module, so this index is never in an edition's bundle.
 */
export { phrases as en } from './en.js';
export { phrases as ko } from './ko.js';
export { phrases as zh } from './zh.js';
