// The code create and add share, built once into dist/core.cjs (see tsup.config.ts): the two command bundles
// require it instead of each carrying a copy.
export * from './cli/guard.js';
export * from './cli/output.js';
export * from './cli/prompts.js';
export * from './cli/resolve.js';
export * from './errors.js';
export * from './options.js';
export * from './package-managers.js';
export * from './parts/index.js';
export * from './patterns/index.js';
export * from './post/steps.js';
export * from './render/render.js';
export * from './render/templates.js';
export * from './render/tree.js';
export * from './apply/paths.js';
export * from './apply/transaction.js';
export * from './version.js';
