import { createRequire } from 'node:module';
// The runtime alone runs precompiled templates; the compiler (5× its size) loads only for a template
// without a precompiled entry: when running from source, or edited since the last build.
import type Handlebars from 'handlebars';
import HandlebarsRuntime from 'handlebars/runtime';

type Env = typeof HandlebarsRuntime;

function withHelpers(env: Env): Env {
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  env.registerHelper('ne', (a: unknown, b: unknown) => a !== b);
  env.registerHelper('and', (a: unknown, b: unknown) => Boolean(a) && Boolean(b));
  env.registerHelper('or', (a: unknown, b: unknown) => Boolean(a) || Boolean(b));
  env.registerHelper('not', (a: unknown) => !a);
  env.registerHelper('json', (value: unknown) => JSON.stringify(value));
  env.registerHelper('upper', (s: string) => String(s).toUpperCase());
  env.registerHelper('snake', (s: string) => String(s).replace(/-/g, '_'));
  env.registerHelper('envName', (s: string) => String(s).replace(/-/g, '_').toUpperCase());
  return env;
}

const hb = withHelpers(HandlebarsRuntime.create());
let compiler: Env | undefined;
const compile = (source: string) => {
  compiler ??= withHelpers((createRequire(import.meta.url)('handlebars') as Env).create());
  return compiler.compile(source, { strict: true, noEscape: true });
};

const cache = new Map<string, Handlebars.TemplateDelegate>();

/**
 * Renders a template in strict mode (an unknown variable is an error) without HTML escaping; `precompiled`
 * (built by scripts/precompile-templates.mjs with the same options) skips parsing and compiling.
 */
export function renderTemplate(source: string, context: object, name: string, precompiled?: object): string {
  let template = cache.get(source);
  if (!template) {
    template = precompiled ? hb.template(precompiled as Parameters<Env['template']>[0]) : compile(source);
    cache.set(source, template);
  }
  try {
    return template(context);
  } catch (error) {
    throw new Error(`Template ${name}: ${(error as Error).message}`);
  }
}
