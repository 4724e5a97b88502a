import { cancelled } from '../errors.js';
import { DEFAULTS, type Db, type PatternId, projectName } from '../options.js';
import { patterns } from '../patterns/index.js';
import type { Asker } from './resolve.js';

/**
 * Prompts need a person: not CI, stdout not reserved for JSON, and both ends a TTY (checked last: reading
 * process.stdin builds a stream, a cost CI runs need not pay).
 */
export function isInteractive(json: boolean): boolean {
  const ci = process.env.CI;
  const inCi = ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
  return !inCi && !json && Boolean(process.stdin.isTTY && process.stdout.isTTY);
}

/** Interactive questions (@clack/prompts, loaded only when a TTY is there to answer). */
export async function clackAsker(): Promise<Asker> {
  const p = await import('@clack/prompts');
  const check = <T>(value: T | symbol): Exclude<T, symbol> => {
    if (p.isCancel(value)) {
      p.cancel('Cancelled: nothing was written.');
      throw cancelled();
    }
    return value as Exclude<T, symbol>;
  };
  p.intro('create-clerk-arch');
  return {
    directory: async () =>
      check(
        await p.text({
          message: 'Where should the project go?',
          placeholder: DEFAULTS.directory,
          defaultValue: DEFAULTS.directory,
          validate: (value) => {
            if (!value) return undefined;
            try {
              projectName(value);
              return undefined;
            } catch (error) {
              return (error as Error).message;
            }
          },
        }),
      ),
    pattern: async () =>
      check(
        await p.select<PatternId>({
          message: 'Which architecture?',
          options: patterns.map((pattern) => ({ value: pattern.id, label: pattern.title, hint: pattern.hint })),
          initialValue: DEFAULTS.pattern,
        }),
      ),
    services: async () =>
      check(
        await p.text({
          message: 'Downstream services (name:node|python|go, comma-separated)',
          placeholder: DEFAULTS.services,
          defaultValue: DEFAULTS.services,
        }),
      ),
    db: async () =>
      check(
        await p.select<Db>({
          message: 'Database?',
          options: [
            { value: 'sqlite', label: 'SQLite', hint: 'embedded: `dev` works with no server' },
            { value: 'postgresql', label: 'PostgreSQL', hint: 'a compose.yaml runs the server' },
          ],
          initialValue: DEFAULTS.db,
        }),
      ),
    install: async () => check(await p.confirm({ message: 'Install dependencies now?', initialValue: DEFAULTS.install })),
  };
}
