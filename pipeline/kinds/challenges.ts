/**
 * The challenges escapees face: `:challenge[avoiding border patrols]{phase=journey}`; the phase is
 * `journey` (on the way out) or `after-crossing`, and a translation keeps the source's phase.
 */
import { Challenge, Content } from '../../src/schema.js';
import { reporterOf } from '../shared/rules.js';
import { checkUnique, validateAll } from '../validate/checks.js';
import { defineKind, type SectionInput } from './kind.js';
import { extractMarkedItems, type MarkedItem } from './marked-items.js';

/** The rules only the challenges break. */
const RULES = {
  'challenge-phase': 'A challenge says its phase: `{phase=journey}` or `{phase=after-crossing}`.',
} as const;
const report = reporterOf(RULES);

/** A challenge as extracted: its phase as written (the schema checks it is one of the phases). */
type ChallengeDraft = MarkedItem & { readonly phase: string };

/** The challenges section. */
export const challengesKind = defineKind({
  kind: 'challenges',
  collection: 'challenges',
  required: false,
  noun: 'challenge',
  hint: 'a ## section with :challenge[…]{phase=…} marks',
  marks: { challenge: { attributes: ['id', 'phase'] } },
  rules: RULES,
  hasBody: true,
  schema: Content.unwrap().shape.challenges,
  lock: {
    noun: 'challenge',
    readerNoun: 'challenge',
    nameField: 'label',
    fields: { phase: 'fact', sectionId: 'fact', label: 'text', context: 'context' },
  },
  emit: {
    idType: { name: 'ChallengeId', doc: 'The id of a challenge escapees face.' },
    imports: { 'query.js': ['byIdGetter', 'byIdFinder', 'phaseFilter'], 'types.js': ['Challenge'] },
    types: ['Challenge', 'ChallengePhase'],
    helpers: ['getChallenge', 'findChallenge', 'challengesByPhase'],
    pickerRank: 2,
    render: (value, { frozen }) => `/** The challenges escapees face, in the article's order. */
export const challenges: readonly Challenge<ChallengeId>[] = ${frozen(value)};

/** Gets a challenge by id (type-checked). @returns The challenge. @throws {RangeError} If the id is unknown. */
export const getChallenge = /* @__PURE__ */ byIdGetter(challenges, 'challenge');

/** Looks a challenge up by any string. @returns The challenge, or \`undefined\`. */
export const findChallenge = /* @__PURE__ */ byIdFinder(challenges);

/**
 * The challenges met in one phase: \`journey\` (on the way out) or \`after-crossing\`.
 * @returns Those challenges in the article's order (a new array each call).
 */
export const challengesByPhase = /* @__PURE__ */ phaseFilter(challenges);
`,
  },
  extract: (input: SectionInput<ChallengeDraft>) =>
    extractMarkedItems(input, (node, item) => {
      const phase = node.attributes?.phase;
      if (phase === undefined || phase === null) {
        report(
          input.file,
          'challenge-phase',
          `:challenge[${item.label.text}] needs a phase: {phase=journey} or {phase=after-crossing}`,
          node.position,
        );
        return undefined;
      }
      return { phase };
    }),
  validate({ items, file }) {
    checkUnique(items, 'challenge id', file);
    return validateAll(items, Challenge, 'challenge', file, { fields: { phase: 'challenge-phase' }, report });
  },
  compare: (source, translation) =>
    source.value.phase === translation.value.phase
      ? []
      : [
          {
            what: `challenge "${translation.value.id}" has phase`,
            here: translation.value.phase,
            there: source.value.phase,
            place: translation.fields.phase ?? translation.place,
            sourcePlace: source.fields.phase ?? source.place,
          },
        ],
  translates: ({ label, phase }: Challenge) => ({ label, phase }),
});
