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

/** The CLI bundle leaves the command modules to the second build; it imports them only when they run. */
const commandsFromTheirOwnBuild: Plugin = {
  name: 'commands-from-their-own-build',
  setup(build) {
    build.onResolve({ filter: /^\.\/(create|add)\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};

const pkg = JSON.parse(readFileSync('./package.json', 'utf8')) as { version: string };

const shared = {
  target: 'node20',
  platform: 'node',
  // Bundle every runtime library so `npx` fetches one package with no dependency tree.
  noExternal: [/.*/],
  minify: true,
  // package.json's build script empties dist/ first: the two builds run at once and must not clean each other.
  clean: false,
  define: { __CLI_VERSION__: JSON.stringify(pkg.version) },
} satisfies Options;

export default defineConfig([
  // dist/cli.cjs: commander and the command line, CommonJS so `--help`/`--version` never start Node's ES module
  // loader (a fifth of their cost). Shared code (options, output, errors) is copied into both builds.
  {
    ...shared,
    entry: { cli: 'src/cli/index.ts' },
    format: 'cjs',
    esbuildPlugins: [lazyChildProcessForCommander, commandsFromTheirOwnBuild],
  },
  // dist/create.js, dist/add.js and their chunks: ES modules (execa and clack ship only as ESM), split so each
  // heavy library (execa, prompts, the AST parsers) loads only when a run needs it.
  {
    ...shared,
    entry: { create: 'src/cli/create.ts', add: 'src/cli/add.ts' },
    format: 'esm',
    splitting: true,
    banner: {
      // CommonJS dependencies bundled into ESM still call require().
      js: "import { createRequire as __ccaCreateRequire } from 'node:module'; const require = __ccaCreateRequire(import.meta.url);",
    },
  },
]);
