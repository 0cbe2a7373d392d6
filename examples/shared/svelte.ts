/**
 * Svelte components through esbuild, as a Svelte app's bundler does it: each `.svelte` file is
 * compiled by `svelte/compiler` (for the server or the browser), and `north-korean-escapees/svelte`
 * resolves through the `svelte` export condition to the package's own `.svelte` files. Used by the
 * examples and by the tests that compile the package's components (from the source and from the tarball).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type BuildOptions, type BuildResult, build, type Plugin } from 'esbuild';
import { compile } from 'svelte/compiler';

/** For which side a component is compiled. */
export type SvelteTarget = 'server' | 'client';

/**
 * An esbuild plugin that compiles `.svelte` files for `target`. A compiler warning is an esbuild
 * warning (bundleSvelte turns warnings into errors).
 *
 * @returns The plugin.
 */
export function sveltePlugin(target: SvelteTarget): Plugin {
  return {
    name: 'svelte',
    setup(builder) {
      builder.onLoad({ filter: /\.svelte$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const { js, warnings } = compile(source, {
          filename: path.relative(process.cwd(), args.path),
          generate: target,
        });
        return {
          contents: js.code,
          loader: 'js',
          resolveDir: path.dirname(args.path),
          warnings: warnings.map((warning) => ({ text: `${warning.code}: ${warning.message}` })),
        };
      });
    },
  };
}

/**
 * Bundles a module that uses Svelte components. For the server, `svelte` stays an import (the output
 * must lie where it resolves); for the client, everything is bundled into one script.
 *
 * @param options esbuild's options (entry, output, format, minify, …), without plugins or conditions.
 * @returns esbuild's result.
 * @throws {Error} If a component does not compile, with the compiler's message, or warns.
 */
export async function bundleSvelte(target: SvelteTarget, options: BuildOptions): Promise<BuildResult> {
  const result = await build({
    bundle: true,
    ...(target === 'server' ? { platform: 'node', external: ['svelte', 'svelte/*'] } : { platform: 'browser' }),
    conditions: target === 'server' ? ['svelte'] : ['svelte', 'browser'],
    ...options,
    plugins: [sveltePlugin(target)],
    logLevel: 'silent',
  });
  if (result.warnings.length > 0) throw new Error(result.warnings.map((warning) => warning.text).join('\n'));
  return result;
}
