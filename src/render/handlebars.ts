import { createRequire } from 'node:module';
// The runtime alone runs precompiled templates; the compiler (5× its size) loads only for a template's
// source: when running from the repository's sources (the built package ships templates precompiled).
import type Handlebars from 'handlebars';
import HandlebarsRuntime from 'handlebars/runtime';
// Shared with scripts/bundle-templates.mjs: precompiled and runtime-compiled templates behave the same. Only
// the helpers below may be used (knownHelpersOnly), which also compiles `{{name}}` to a plain lookup.
import compileOptions from './handlebars-options.json' with { type: 'json' };

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
  return compiler.compile(source, compileOptions);
};

const fromSource = new Map<string, Handlebars.TemplateDelegate>();
const fromSpec = new WeakMap<object, Handlebars.TemplateDelegate>();

/**
 * Renders a template in strict mode (an unknown variable is an error) without HTML escaping, from its source
 * or from a spec precompiled with the same options (scripts/bundle-templates.mjs), which skips parsing.
 */
export function renderTemplate(template: string | object, context: object, name: string): string {
  let run = typeof template === 'string' ? fromSource.get(template) : fromSpec.get(template);
  if (!run) {
    if (typeof template === 'string') fromSource.set(template, (run = compile(template)));
    else fromSpec.set(template, (run = hb.template(template as Parameters<Env['template']>[0])));
  }
  try {
    return run(context);
  } catch (error) {
    throw new Error(`Template ${name}: ${(error as Error).message}`);
  }
}
