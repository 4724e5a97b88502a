// Programmatic API: the same options and render the CLI uses.
export { render, type Plan } from './render/render.js';
export { diskTemplates } from './render/templates.js';
export type { Options } from './options.js';
export { patterns } from './patterns/index.js';
export { main } from './cli/index.js';
