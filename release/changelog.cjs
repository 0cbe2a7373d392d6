/**
 * The changelog lines `changeset version` writes (.changeset/config.json names this module): each
 * changeset's text as readers wrote it, first; its commit after it, as a link to the commit, only
 * when the repository is known (in GitHub Actions, from GITHUB_SERVER_URL and GITHUB_REPOSITORY, as
 * release/publish.ts reads them); otherwise no hash at all, which alone tells a reader nothing.
 * No network. `npm run version-packages` then puts the notes for authors apart (changelog-file.ts).
 * CommonJS, since changesets `require`s it.
 */
'use strict';

/**
 * The repository's web address, when the environment names it.
 *
 * @returns e.g. `https://github.com/owner/name`, or `undefined` (unset or malformed variables).
 */
function repositoryUrl(env) {
  const server = env.GITHUB_SERVER_URL;
  const repository = env.GITHUB_REPOSITORY;
  if (!server || !repository || !/^https:\/\/[^/\s]+$/.test(server) || !/^[\w.-]+\/[\w.-]+$/.test(repository))
    return undefined;
  return `${server}/${repository}`;
}

/**
 * One changeset's entry: its first line with the commit linked after it (when the repository is
 * known), then its other lines, indented under it.
 *
 * @returns The entry's markdown.
 */
async function getReleaseLine(changeset) {
  const [first = '', ...rest] = changeset.summary
    .trim()
    .split('\n')
    .map((line) => line.trimEnd());
  const url = repositoryUrl(process.env);
  const commit =
    typeof changeset.commit === 'string' && /^[0-9a-f]{7,40}$/.test(changeset.commit) ? changeset.commit : '';
  const link = url && commit ? ` ([${commit.slice(0, 7)}](${url}/commit/${commit}))` : '';
  const more = rest.map((line) => (line === '' ? '' : `  ${line}`));
  return [`- ${first}${link}`, ...more].join('\n');
}

/** The package has no dependencies of its own workspace: nothing to say about them. */
async function getDependencyReleaseLine() {
  return '';
}

module.exports = { default: { getReleaseLine, getDependencyReleaseLine }, repositoryUrl };
