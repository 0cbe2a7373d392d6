/** How figures read in English. */
import type { Phrases } from '../format.js';

/** The English phrases: "over 30,000", "about 1,200", …. */
export const phrases: Phrases<'en'> = {
  locale: 'en',
  tag: 'en',
  qualified: {
    over: (n) => `over ${n}`,
    about: (n) => `about ${n}`,
    nearly: (n) => `nearly ${n}`,
    'at-least': (n) => `at least ${n}`,
    under: (n) => `under ${n}`,
    exactly: (n) => n,
  },
};
