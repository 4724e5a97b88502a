import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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

/**
 * Modules each bundle leaves to another one, loaded with require() only when a run needs them: the commands
 * (cli.cjs loads create.cjs or add.cjs) and the two libraries only some runs use (execa for install and git,
 * clack for prompts), bundled once each into dist/vendor/.
 */
const lazyModules: Record<string, string> = {
  './create.js': './create.cjs',
  './add.js': './add.cjs',
  execa: './vendor/execa.cjs',
  '@clack/prompts': './vendor/clack.cjs',
};
const loadLazily: Plugin = {
  name: 'load-lazily',
  setup(build) {
    const cli = path.resolve('src/cli');
    const names = Object.keys(lazyModules).map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
    build.onResolve({ filter: new RegExp(`^(${names.join('|')})$`) }, (args) => {
      // './create.js' means our command only from src/cli (lodash-es, inside prisma-ast, has its own add.js)
      if (args.path.startsWith('./') && path.dirname(args.importer) !== cli) return undefined;
      return { path: lazyModules[args.path], external: true };
    });
  },
};

const pkg = JSON.parse(readFileSync('./package.json', 'utf8')) as { version: string };
const resolvePackage = (name: string) => fileURLToPath(import.meta.resolve(name));

// Everything is CommonJS: Node's ES module loader costs a run ~16 M instructions before it loads anything (a
// fifth of --help's cost over Node, 7% of a scaffold's). esbuild cannot split CommonJS, so the split is made
// here: the CLI, each command, their shared core and the lazy libraries are separate bundles. The CLI carries
// its own copy of the few modules it shares with the core (options, patterns, output, errors).
const shared = {
  target: 'node20',
  platform: 'node',
  format: 'cjs',
  // Bundle every runtime library so `npx` fetches one package with no dependency tree.
  noExternal: [/.*/],
  minify: true,
  // package.json's build script empties dist/ first: the builds run at once and must not clean each other.
  clean: false,
  define: { __CLI_VERSION__: JSON.stringify(pkg.version), 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  esbuildOptions(options) {
    // import() of a lazy module becomes require(): a dynamic import would start the ES module loader.
    options.supported = { ...options.supported, 'dynamic-import': false };
  },
} satisfies Options;

/** The modules src/core.ts gathers (absolute paths): the command bundles require dist/core.cjs for them. */
const coreModules = new Set(
  [...readFileSync('src/core.ts', 'utf8').matchAll(/from '\.\/(.+)\.js'/g)].map((m) => path.resolve('src', `${m[1]}.ts`)),
);
const fromCore: Plugin = {
  name: 'from-core',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) =>
      coreModules.has(path.resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts')) ? { path: './core.cjs', external: true } : undefined,
    );
  },
};

export default defineConfig([
  // dist/cli.cjs: the command line (commander, options, list, help); loads a command's bundle when it runs
  { ...shared, entry: { cli: 'src/cli/index.ts' }, esbuildPlugins: [lazyChildProcessForCommander, loadLazily] },
  // dist/create.cjs, dist/add.cjs: each command's own code (add's AST parsers); the rest from dist/core.cjs
  { ...shared, entry: { create: 'src/cli/create.ts', add: 'src/cli/add.ts' }, esbuildPlugins: [loadLazily, fromCore] },
  // dist/core.cjs: what both commands use (render, templates, Handlebars' runtime, post steps, prompts)
  { ...shared, entry: { core: 'src/core.ts' }, esbuildPlugins: [loadLazily] },
  // dist/vendor/execa.cjs, dist/vendor/clack.cjs (both ship only as ES modules; bundled, they run as CommonJS)
  { ...shared, entry: { 'vendor/execa': resolvePackage('execa'), 'vendor/clack': resolvePackage('@clack/prompts') } },
]);
