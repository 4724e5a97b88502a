#!/usr/bin/env node
// CommonJS on purpose, like all of dist/: a run never starts Node's ES module loader (about a fifth of what
// `--help` costs on top of Node itself). See tsup.config.ts.

// Node 22.1+ caches compiled code between runs (a faster start for npx users); older Node skips it.
require('node:module').enableCompileCache?.();

require('../dist/cli.cjs')
  .main()
  .then((code) => {
    process.exitCode = code;
  });
