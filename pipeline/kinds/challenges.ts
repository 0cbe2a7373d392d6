/**
 * The challenges escapees face: `:challenge[avoiding border patrols]{phase=journey}`; the phase is
 * `journey` (on the way out) or `after-crossing`, and a translation keeps the source's phase.
 */
import { Challenge, type Challenge as ChallengeType } from '../../src/schema.js';
import { checkUnique, validateAll } from '../checks.js';
import { report } from '../rules.js';
import type { KindHandler } from './kind.js';
import { extractMarkedItems } from './marked-items.js';

/** The challenges section. */
export const challengesKind: KindHandler = {
  kind: 'challenges',
  collection: 'challenges',
  noun: 'challenge',
  hint: 'a ## section with :challenge[…]{phase=…} marks',
  marks: { challenge: { attributes: ['id', 'phase'] } },
  hasBody: true,
  lock: {
    noun: 'challenge',
    readerNoun: 'challenge',
    nameField: 'label',
    fields: { phase: 'fact', sectionId: 'fact', label: 'text', context: 'context' },
  },
  emit: {
    idType: { name: 'ChallengeId', doc: 'The id of a challenge escapees face.' },
    imports: { 'query.js': ['byIdGetter', 'byIdFinder', 'phaseFilter'], 'types.js': ['Challenge'] },
    names: ['challenges', 'getChallenge', 'findChallenge', 'challengesByPhase'],
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
  extract: (input) =>
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
    return validateAll(items, Challenge, 'challenge', file, { phase: 'challenge-phase' });
  },
  compare: (source, translation) =>
    source.value.phase === translation.value.phase
      ? []
      : [
          {
            what: `challenge "${translation.value.id}" has phase`,
            here: String(translation.value.phase),
            there: String(source.value.phase),
            place: translation.fields.phase ?? translation.place,
            sourcePlace: source.fields.phase ?? source.place,
          },
        ],
  translates: ({ label, phase }: ChallengeType) => ({ label, phase }),
};
