declare const __CLI_VERSION__: string | undefined;

/** Injected by tsup from package.json, so `-V` reads no file at start-up. */
export const CLI_VERSION: string = typeof __CLI_VERSION__ === 'string' ? __CLI_VERSION__ : '0.0.0-dev';
