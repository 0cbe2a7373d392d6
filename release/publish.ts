/**
 * Prepares the package for `npm publish` with provenance, in the release workflow, before anything
 * reaches the registry (`npm run release` runs it between the build and `changeset publish`):
 *
 *   tsx release/publish.ts           writes repository, homepage and bugs into package.json and
 *                                      makes the README's links to files outside the package absolute
 *   tsx release/publish.ts --check   computes and checks the same, writes nothing
 *
 * The address is never made up: it is the repository the workflow runs in, from GitHub Actions'
 * GITHUB_SERVER_URL and GITHUB_REPOSITORY. npm rejects a provenance publish (E422) unless
 * package.json's `repository.url` is that repository; so without those variables, or when
 * package.json names another repository, this fails with a message and exit status 1.
 * README links point at GITHUB_SHA, the commit being released.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Link, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { isEntryScript } from '../pipeline/shared/io.js';
import { PACKAGE_ROOT } from '../pipeline/shared/paths.js';

/** What a release publishes from. */
export interface PublishSource {
  /** The repository's web address, e.g. `https://github.com/owner/name`. */
  readonly url: string;
  /** The commit released, when known. */
  readonly commit: string | undefined;
}

/**
 * The repository a GitHub Actions run works in.
 *
 * @returns Its address and commit, or `undefined` outside GitHub Actions (the variables unset).
 * @throws {Error} If the variables are set but malformed.
 */
export function sourceFromEnv(env: NodeJS.ProcessEnv): PublishSource | undefined {
  const server = env.GITHUB_SERVER_URL;
  const repository = env.GITHUB_REPOSITORY;
  if (!server || !repository) return undefined;
  if (!/^https:\/\/[^/\s]+$/.test(server))
    throw new Error(`GITHUB_SERVER_URL is ${JSON.stringify(server)}, not an https:// origin`);
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository))
    throw new Error(`GITHUB_REPOSITORY is ${JSON.stringify(repository)}, not owner/name`);
  const commit = env.GITHUB_SHA && /^[0-9a-f]{40}$/.test(env.GITHUB_SHA) ? env.GITHUB_SHA : undefined;
  return { url: `${server}/${repository}`, commit };
}

/**
 * A `repository` field's address as npm compares it: no `git+`, no `.git`, no trailing slash.
 *
 * @returns The web address, or `undefined` if the field holds none.
 */
export function repositoryAddress(field: unknown): string | undefined {
  const raw = typeof field === 'string' ? field : (field as { url?: unknown } | undefined)?.url;
  if (typeof raw !== 'string' || raw === '') return undefined;
  return raw
    .replace(/^git\+/, '')
    .replace(/\.git$/, '')
    .replace(/\/$/, '');
}

/** The outcome of `preparePublish`. */
export interface Prepared {
  /** package.json with `repository`, `homepage` and `bugs`. */
  readonly manifest: Record<string, unknown>;
  /** The README with links to files outside the package made absolute. */
  readonly readme: string;
  /** The links rewritten, as `from → to`. */
  readonly rewritten: readonly string[];
}

/**
 * Whether a relative path (from the README, at the package root) names a file the package ships.
 *
 * @returns `true` if `files` (package.json's whitelist) or npm's always-included files cover it.
 */
export function shipped(target: string, files: readonly string[]): boolean {
  const clean = path.posix.normalize(target).replace(/^\.\//, '');
  if (/^(package\.json|README(\.md)?|LICEN[CS]E(\.md)?)$/i.test(clean)) return true;
  return files.some((entry) => clean === entry || clean.startsWith(`${entry.replace(/\/$/, '')}/`));
}

/**
 * Adds `repository`, `homepage` and `bugs` from `source` to the manifest, and rewrites the README's
 * relative links to files the package does not ship into absolute links at the released commit.
 *
 * @returns The new manifest and README.
 * @throws {Error} If there is no source, or package.json already names another repository.
 */
export function preparePublish(
  manifest: Record<string, unknown>,
  readme: string,
  source: PublishSource | undefined,
): Prepared {
  const declared = repositoryAddress(manifest.repository);
  if (!source) {
    throw new Error(
      'cannot publish: the repository is not known. npm needs package.json "repository.url" to be the repository the ' +
        'release workflow runs in (it rejects the provenance otherwise, E422); it is taken from GITHUB_SERVER_URL and ' +
        'GITHUB_REPOSITORY, which only GitHub Actions sets. Publish from the release workflow.',
    );
  }
  if (declared && declared !== source.url) {
    throw new Error(
      `cannot publish: package.json "repository" is ${declared}, but this workflow runs in ${source.url}; npm would reject the provenance (E422). Fix or remove the field.`,
    );
  }
  const files = Array.isArray(manifest.files) ? (manifest.files as string[]) : [];
  const tree = unified().use(remarkParse).use(remarkGfm).parse(readme) as Root;
  const edits: { start: number; end: number; url: string; text: string }[] = [];
  const rewritten: string[] = [];
  const ref = source.commit ?? 'HEAD';
  visit(tree, 'link', (node: Link) => {
    const { url } = node;
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('#') || url.startsWith('//')) return;
    const [target = '', hash = ''] = url.split('#');
    if (shipped(target, files)) return;
    const absolute = `${source.url}/${target.endsWith('/') || !path.posix.extname(target) ? 'tree' : 'blob'}/${ref}/${path.posix.normalize(target).replace(/^\.\//, '')}${hash ? `#${hash}` : ''}`;
    const start = node.position!.start.offset!;
    const end = node.position!.end.offset!;
    const text = readme.slice(start, end);
    const at = text.lastIndexOf(`(${url}`);
    if (at < 0) throw new Error(`cannot rewrite the README link ${url}: write it inline, as [text](${url})`);
    edits.push({ start: start + at + 1, end: start + at + 1 + url.length, url, text: absolute });
    rewritten.push(`${url} → ${absolute}`);
  });
  visit(tree, 'definition', (node) => {
    if (
      !/^[a-z][a-z0-9+.-]*:/i.test(node.url) &&
      !node.url.startsWith('#') &&
      !shipped(node.url.split('#')[0]!, files)
    ) {
      throw new Error(
        `cannot rewrite the README link definition [${node.identifier}]: ${node.url}; write the link inline`,
      );
    }
  });
  let out = readme;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return {
    manifest: {
      ...manifest,
      repository: { type: 'git', url: `git+${source.url}.git` },
      homepage: `${source.url}#readme`,
      bugs: { url: `${source.url}/issues` },
    },
    readme: out,
    rewritten,
  };
}

/**
 * Runs the command: prepares (or, with `--check`, only checks) the package at `--root`.
 *
 * @returns The exit status: 0, 1 (cannot publish) or 2 (usage). It never throws.
 */
export async function main(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  io: { stdout: (line: string) => void; stderr: (line: string) => void },
): Promise<number> {
  let values: { check?: boolean; root?: string };
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: { check: { type: 'boolean' }, root: { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    io.stderr(`${(error as Error).message}\nusage: tsx release/publish.ts [--check] [--root DIR]`);
    return 2;
  }
  const root = path.resolve(values.root ?? PACKAGE_ROOT);
  try {
    const manifestText = await readFile(path.join(root, 'package.json'), 'utf8');
    const readme = await readFile(path.join(root, 'README.md'), 'utf8');
    const prepared = preparePublish(JSON.parse(manifestText) as Record<string, unknown>, readme, sourceFromEnv(env));
    for (const line of prepared.rewritten) io.stdout(`README: ${line}`);
    const repository = (prepared.manifest.repository as { url: string }).url;
    if (values.check) {
      io.stdout(`ready to publish from ${repository} (nothing written: --check)`);
      return 0;
    }
    await writeFile(path.join(root, 'package.json'), `${JSON.stringify(prepared.manifest, null, 2)}\n`);
    await writeFile(path.join(root, 'README.md'), prepared.readme);
    io.stdout(`package.json: repository ${repository}, homepage and bugs written`);
    return 0;
  } catch (error) {
    io.stderr(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

if (isEntryScript(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2), process.env, {
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
  });
}
