import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { type Options, defineConfig } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * commander requires node:child_process at load time for git-style executable subcommands, which this CLI does
 * not use; loading it costs every run a few milliseconds (~3% of `--help`). Its copy gets a stand-in that loads
 * the real module on first use. The build fails if commander stops requiring it this way.
 */
const lazyChildProcessForCommander: Plugin = {
  name: 'lazy-child-process-for-commander',
  setup(build) {
    build.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const eager = "require('node:child_process')";
      if (!source.includes(eager)) throw new Error(`${args.path} no longer has ${eager}: update tsup.config.ts.`);
      const lazy = "new Proxy({}, { get: (_, key) => require('node:child_process')[key] })";
      return { contents: source.replace(eager, lazy), loader: 'js' };
    });
  },
};

const pkg = JSON.parse(readFileSync('./package.json', 'utf8')) as { version: string };

export default defineConfig({
  entry: { cli: 'src/cli/index.ts' },
  format: 'esm',
  target: 'node20',
  platform: 'node',
  // Bundle every runtime library so `npx` fetches one package with no dependency tree.
  noExternal: [/.*/],
  splitting: true,
  esbuildPlugins: [lazyChildProcessForCommander],
  minify: true,
  clean: true,
  define: { __CLI_VERSION__: JSON.stringify(pkg.version) },
  banner: {
    // CommonJS dependencies bundled into ESM still call require().
    js: "import { createRequire as __ccaCreateRequire } from 'node:module'; const require = __ccaCreateRequire(import.meta.url);",
  },
});
