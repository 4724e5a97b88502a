#!/usr/bin/env node
import module from 'node:module';

// Node 22.1+ caches compiled code between runs (a faster start for npx users); older Node skips it.
module.enableCompileCache?.();

const { main } = await import('../dist/cli.js');
process.exitCode = await main();
