#!/usr/bin/env node
// CommonJS on purpose, like dist/cli.cjs: `--help` and `--version` never start Node's ES module loader
// (about a fifth of their cost). The commands load as ES modules only when they run.

// Node 22.1+ caches compiled code between runs (a faster start for npx users); older Node skips it.
require('node:module').enableCompileCache?.();

require('../dist/cli.cjs')
  .main()
  .then((code) => {
    process.exitCode = code;
  });
