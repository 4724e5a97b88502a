import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const pkg = JSON.parse(readFileSync('./package.json', 'utf8')) as { version: string };

export default defineConfig({
  entry: { cli: 'src/cli/index.ts', index: 'src/index.ts' },
  format: 'esm',
  target: 'node20',
  platform: 'node',
  // Bundle every runtime library so `npx` fetches one package with no dependency tree.
  noExternal: [/.*/],
  splitting: true,
  minify: true,
  clean: true,
  define: { __CLI_VERSION__: JSON.stringify(pkg.version) },
  banner: {
    // CommonJS dependencies bundled into ESM still call require().
    js: "import { createRequire as __ccaCreateRequire } from 'node:module'; const require = __ccaCreateRequire(import.meta.url);",
  },
});
