import Handlebars from 'handlebars';

const hb = Handlebars.create();

hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
hb.registerHelper('ne', (a: unknown, b: unknown) => a !== b);
hb.registerHelper('and', (a: unknown, b: unknown) => Boolean(a) && Boolean(b));
hb.registerHelper('or', (a: unknown, b: unknown) => Boolean(a) || Boolean(b));
hb.registerHelper('not', (a: unknown) => !a);
hb.registerHelper('json', (value: unknown) => JSON.stringify(value));
hb.registerHelper('upper', (s: string) => String(s).toUpperCase());
hb.registerHelper('snake', (s: string) => String(s).replace(/-/g, '_'));
hb.registerHelper('envName', (s: string) => String(s).replace(/-/g, '_').toUpperCase());

const cache = new Map<string, HandlebarsTemplateDelegate>();

/**
 * Renders a template in strict mode (an unknown variable is an error) without HTML escaping; `precompiled`
 * (built by scripts/precompile-templates.mjs with the same options) skips parsing and compiling.
 */
export function renderTemplate(source: string, context: object, name: string, precompiled?: object): string {
  let template = cache.get(source);
  if (!template) {
    template = precompiled
      ? hb.template(precompiled as TemplateSpecification)
      : hb.compile(source, { strict: true, noEscape: true });
    cache.set(source, template);
  }
  try {
    return template(context);
  } catch (error) {
    throw new Error(`Template ${name}: ${(error as Error).message}`);
  }
}
