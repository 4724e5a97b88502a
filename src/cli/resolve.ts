import { usageError } from '../errors.js';
import {
  DBS,
  DEFAULTS,
  type Db,
  type Options,
  PACKAGE_MANAGERS,
  type PackageManager,
  type PatternId,
  oneOf,
  parseServices,
  projectName,
} from '../options.js';
import { managerFromUserAgent } from '../package-managers.js';
import { patternIds } from '../patterns/index.js';

/** The flags as commander parsed them: undefined means "not given". */
export interface Flags {
  directory?: string;
  pattern?: string;
  db?: string;
  pm?: string;
  services?: string;
  install?: boolean;
  git?: boolean;
  yes?: boolean;
}

/** The questions the interactive mode asks; each returns a raw answer that is validated like a flag. */
export interface Asker {
  directory(): Promise<string>;
  pattern(): Promise<PatternId>;
  services(): Promise<string>;
  db(): Promise<Db>;
  install(): Promise<boolean>;
}

export interface ResolveContext {
  /** Ask for what the flags leave out; absent when stdin/stdout are not TTYs, under CI or --json. */
  asker?: Asker;
  userAgent?: string;
}

/** One answer: the flag if given, else the prompt if a person can answer, else the default under --yes, else exit 2. */
export async function decide<T>(given: T | undefined, ask: (() => Promise<T>) | undefined, fallback: T | undefined, missing: string): Promise<T> {
  if (given !== undefined) return given;
  if (ask) return ask();
  if (fallback !== undefined) return fallback;
  throw usageError(`${missing} Pass it, or --yes to take the defaults.`);
}

/**
 * Flags ∪ prompts ∪ defaults into one validated Options. Every answer is
 * `flag ?? (interactive ? ask : --yes ? default : error naming the flag)`: there is no second code path.
 */
export async function resolveOptions(flags: Flags, { asker, userAgent }: ResolveContext): Promise<Options> {
  const answer = <T>(given: T | undefined, ask: (() => Promise<T>) | undefined, fallback: T, missing: string) =>
    decide(given, ask, flags.yes ? fallback : undefined, missing);

  // Validate what was given before asking anything else.
  const patterns = patternIds();
  const givenPattern = flags.pattern === undefined ? undefined : oneOf(flags.pattern, patterns, '--pattern');
  const givenDb = flags.db === undefined ? undefined : oneOf(flags.db, DBS, '--db');
  const pm: PackageManager =
    flags.pm === undefined ? (managerFromUserAgent(userAgent) ?? 'npm') : oneOf(flags.pm, PACKAGE_MANAGERS, '--pm');
  if (flags.directory !== undefined) projectName(flags.directory);
  if (flags.services !== undefined) parseServices(flags.services);

  const directory = await answer(
    flags.directory,
    asker?.directory,
    DEFAULTS.directory,
    'Missing the project directory: `create-clerk-arch <directory>`.',
  );
  const pattern = await answer(givenPattern, asker?.pattern, DEFAULTS.pattern, `Missing --pattern (${patterns.join(', ')}).`);
  const services =
    pattern === 'microservices'
      ? parseServices(await answer(flags.services, asker?.services, DEFAULTS.services, 'Missing --services (name[:node|python|go],...).'))
      : [];
  const db = await answer(givenDb, asker?.db, DEFAULTS.db, `Missing --db (${DBS.join(', ')}).`);
  const install = await answer(flags.install, asker?.install, DEFAULTS.install, 'Missing --install or --no-install.');

  return {
    directory,
    name: projectName(directory),
    pattern,
    db,
    pm,
    services,
    install,
    git: flags.git ?? DEFAULTS.git,
  };
}
