/**
 * The shape the code keeps, so that it stays cheap to read and to grow: folders that show the
 * stages, files short enough to read whole, functions short enough to hold in mind, and imports
 * that go one way (no cycle).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { root } from './helpers.js';

/** The code that ships or builds: tests and generated files aside. */
const SOURCE_DIRS = ['pipeline', 'src', 'release', 'scripts', 'bench', 'examples'];
const CODE = /\.(ts|tsx|mts|mjs|js)$/;

function files(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && CODE.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .filter(
      (file) => !file.split(path.sep).some((part) => part === 'generated' || part === 'out' || part.startsWith('.')),
    )
    .sort();
}

const sources = SOURCE_DIRS.flatMap(files);

/** The functions of a file longer than `limit` lines, as `file:line name (n lines)`. */
function longFunctions(file: string, limit: number): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const long: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const lines = source.getLineAndCharacterOfPosition(node.end).line - start + 1;
      if (lines > limit) long.push(`${file}:${start + 1} ${node.name?.getText() ?? '(anonymous)'} (${lines} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return long;
}

/** The relative imports of a file, resolved to files of the repository. */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  const found = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"](\.[^'"]+)['"]/g)].map((m) => m[1]!);
  return found.map((specifier) =>
    path
      .normalize(path.join(path.dirname(file), specifier))
      .replace(/\.js$/, '.ts')
      .replace(/\.jsx$/, '.tsx'),
  );
}

/** A cycle among the source files' imports, if there is one. */
function findCycle(): string[] | undefined {
  const graph = new Map(sources.map((file) => [file, importsOf(file).filter((to) => sources.includes(to))]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): string[] | undefined => {
    if (state.get(file) === 'done') return undefined;
    if (state.get(file) === 'open') return [...stack.slice(stack.indexOf(file)), file];
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(file, 'done');
    return undefined;
  };
  for (const file of sources) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('the shape of the code', () => {
  it('pipeline/ has at most 15 entries at its top: its folders show the stages', () => {
    expect(readdirSync(path.join(root, 'pipeline')).length).toBeLessThanOrEqual(15);
  });

  it('no source file is over 300 lines', () => {
    const long = sources.filter(
      (file) => readFileSync(path.join(root, file), 'utf8').trimEnd().split('\n').length > 300,
    );
    expect(long).toEqual([]);
  });

  it('no function is over 80 lines', () => {
    expect(sources.filter((file) => /\.(ts|tsx)$/.test(file)).flatMap((file) => longFunctions(file, 80))).toEqual([]);
  });

  it('imports go one way: no cycle', () => {
    expect(findCycle()).toBeUndefined();
  });
});
