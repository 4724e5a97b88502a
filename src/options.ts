import path from 'node:path';
import validatePackageName from 'validate-npm-package-name';
import { usageError } from './errors.js';

export const PATTERNS = ['full-stack', 'multi-tenant', 'microservices', 'mobile-web'] as const;
export const DBS = ['sqlite', 'postgresql'] as const;
export const PACKAGE_MANAGERS = ['npm', 'pnpm', 'yarn', 'bun'] as const;
export const SERVICE_LANGS = ['node', 'python', 'go'] as const;

export type PatternId = (typeof PATTERNS)[number];
export type Db = (typeof DBS)[number];
export type PackageManager = (typeof PACKAGE_MANAGERS)[number];
export type ServiceLang = (typeof SERVICE_LANGS)[number];

export interface Service {
  name: string;
  lang: ServiceLang;
  /** Port the service listens on in development and in compose (4001, 4002, ...). */
  port: number;
}

/** The one options object: flags, prompts, `--yes`, the manifest and tests all produce it. */
export interface Options {
  /** The directory as the user gave it (relative to cwd, or absolute). */
  directory: string;
  /** Package name: the directory's last segment. */
  name: string;
  pattern: PatternId;
  db: Db;
  pm: PackageManager;
  /** Downstream services (microservices only; empty otherwise). */
  services: Service[];
  install: boolean;
  git: boolean;
}

export const DEFAULTS = {
  directory: 'my-clerk-app',
  pattern: 'full-stack',
  db: 'sqlite',
  install: true,
  git: true,
  services: 'billing:node,analytics:python,notifications:go',
} as const satisfies Partial<Record<keyof Options, unknown>>;

export const FIRST_SERVICE_PORT = 4001;


/** `value` must be one of `choices`; the error names the flag and the choices. */
export function oneOf<T extends string>(value: string, choices: readonly T[], flag: string): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw usageError(`Unknown ${flag} "${value}". Choose one of: ${choices.join(', ')}.`);
}

/** A name npm would accept, made from whatever the user typed (`My App` → `my-app`). */
export function suggestName(raw: string): string {
  const name = raw
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9-~._]+/g, '-')
    .replace(/^[._-]+/, '')
    .replace(/-+$/, '');
  return name || DEFAULTS.directory;
}

/** The package name for a target directory: its last segment, which must be a valid npm name. */
export function projectName(directory: string): string {
  if (!directory.trim()) throw usageError('The project directory is empty. Pass a name, e.g. `create-clerk-arch my-app`.');
  const name = path.basename(path.resolve(directory));
  const result = validatePackageName(name);
  if (!result.validForNewPackages) {
    const why = [...(result.errors ?? []), ...(result.warnings ?? [])][0] ?? 'not a valid npm package name';
    // A reserved name (`fs`, `node_modules`) is already as clean as suggestName makes it: offer `<name>-app` then.
    const cleaned = suggestName(name);
    const fixed = [cleaned, `${cleaned}-app`, DEFAULTS.directory].find((n) => n !== name && validatePackageName(n).validForNewPackages)!;
    const suggestion = path.join(path.dirname(directory), fixed);
    throw usageError(`"${name}" can't be a package name (${why}). Try \`${suggestion}\`.`);
  }
  return name;
}

const SERVICE_NAME = /^[a-z]([a-z0-9-]{0,30}[a-z0-9])?$/;
const RESERVED_SERVICE_NAMES = new Set(['web', 'api', 'app', 'db', 'postgres', 'services', 'clerk', 'node_modules']);

/** `billing:node,analytics:python` → services with ports from 4001 upward. */
export function parseServices(spec: string): Service[] {
  const items = spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length === 0) throw usageError('--services needs at least one service, e.g. --services billing:node.');
  const seen = new Set<string>();
  return items.map((item, i) => {
    const [rawName = '', rawLang = 'node', ...rest] = item.split(':');
    const name = rawName.trim();
    if (rest.length > 0) throw usageError(`Bad service "${item}": write name[:node|python|go].`);
    if (!SERVICE_NAME.test(name))
      throw usageError(`Bad service name "${name}": use a lower-case DNS label (a-z, 0-9, -; starts with a letter; at most 32).`);
    if (RESERVED_SERVICE_NAMES.has(name))
      throw usageError(`Service name "${name}" is reserved (${[...RESERVED_SERVICE_NAMES].join(', ')}); pick another.`);
    if (seen.has(name)) throw usageError(`Service "${name}" is listed twice in --services.`);
    seen.add(name);
    const lang = oneOf(rawLang.trim(), SERVICE_LANGS, `language for service ${name}`);
    return { name, lang, port: FIRST_SERVICE_PORT + i };
  });
}
