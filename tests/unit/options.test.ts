import { describe, expect, it } from 'vitest';
import { resolveOptions, type Asker } from '../../src/cli/resolve.js';
import { CliError } from '../../src/errors.js';
import { parseServices, projectName, suggestName } from '../../src/options.js';

const usage = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
    return (error as CliError).message;
  }
  throw new Error('expected a usage error');
};

describe('projectName', () => {
  it('takes the last segment of relative and absolute paths', () => {
    expect(projectName('my-app')).toBe('my-app');
    expect(projectName('some/where/my-app')).toBe('my-app');
    expect(projectName('/tmp/x/app2')).toBe('app2');
  });
  it('refuses names npm would refuse, suggesting a fix', () => {
    expect(usage(() => projectName('My App'))).toContain('`my-app`');
    expect(usage(() => projectName('apps/My App'))).toContain('apps/my-app');
    usage(() => projectName('_private'));
    usage(() => projectName('   '));
  });
  it('suggests a different, valid name for a reserved one', () => {
    expect(usage(() => projectName('fs'))).toContain('Try `fs-app`');
    expect(usage(() => projectName('apps/node_modules'))).toContain('Try `apps/node_modules-app`');
  });
  it('suggests a usable name for anything', () => {
    expect(suggestName('My App!')).toBe('my-app');
    expect(suggestName('...')).toBe('my-clerk-app');
  });
});

describe('parseServices', () => {
  it('defaults the language to node and numbers ports from 4001', () => {
    expect(parseServices('billing, analytics:python,notify:go')).toEqual([
      { name: 'billing', lang: 'node', port: 4001 },
      { name: 'analytics', lang: 'python', port: 4002 },
      { name: 'notify', lang: 'go', port: 4003 },
    ]);
  });
  it.each([
    ['Billing', 'lower-case DNS label'],
    ['bill_ing', 'lower-case DNS label'],
    ['-x', 'lower-case DNS label'],
    ['web', 'reserved'],
    ['a,a', 'twice'],
    ['a:rust', 'node, python, go'],
    ['a:node:x', 'name[:node|python|go]'],
    [' , ', 'at least one'],
  ])('refuses %j', (spec, why) => {
    expect(usage(() => parseServices(spec))).toContain(why);
  });
});

const noAsk = { userAgent: undefined };

describe('resolveOptions', () => {
  it('errors naming the flag when an answer is missing and nothing can ask', async () => {
    await expect(resolveOptions({ directory: 'x' }, noAsk)).rejects.toThrow(/--pattern \(full-stack/);
    await expect(resolveOptions({}, noAsk)).rejects.toThrow(/project directory/);
    await expect(resolveOptions({ directory: 'x', pattern: 'full-stack' }, noAsk)).rejects.toThrow(/--db/);
    await expect(resolveOptions({ directory: 'x', pattern: 'full-stack', db: 'sqlite' }, noAsk)).rejects.toThrow(/--install or --no-install/);
  });

  it('fills every missing answer from the defaults with --yes', async () => {
    expect(await resolveOptions({ yes: true }, noAsk)).toEqual({
      directory: 'my-clerk-app',
      name: 'my-clerk-app',
      pattern: 'full-stack',
      db: 'sqlite',
      pm: 'npm',
      services: [],
      install: true,
      git: true,
    });
  });

  it('takes the package manager from --pm, else the user agent, else npm', async () => {
    const base = { yes: true };
    expect((await resolveOptions({ ...base, pm: 'bun' }, { userAgent: 'pnpm/9 node/v20' })).pm).toBe('bun');
    expect((await resolveOptions(base, { userAgent: 'pnpm/9.1.0 npm/? node/v20.19.0 linux x64' })).pm).toBe('pnpm');
    expect((await resolveOptions(base, { userAgent: 'weird/1' })).pm).toBe('npm');
  });

  it('validates given flags before asking anything', async () => {
    const asked: string[] = [];
    const asker = new Proxy({} as Asker, {
      get: (_, key: string) => async () => {
        asked.push(key);
        return 'x';
      },
    });
    await expect(resolveOptions({ db: 'mysql' }, { asker })).rejects.toThrow(/Unknown --db "mysql". Choose one of: sqlite, postgresql/);
    await expect(resolveOptions({ pattern: 'nope' }, { asker })).rejects.toThrow(/Choose one of: full-stack/);
    expect(asked).toEqual([]);
  });

  it('asks only for what the flags leave out, and flags win', async () => {
    const asked: string[] = [];
    const asker: Asker = {
      directory: async () => (asked.push('directory'), 'asked-app'),
      pattern: async () => (asked.push('pattern'), 'full-stack'),
      services: async () => (asked.push('services'), ''),
      db: async () => (asked.push('db'), 'postgresql'),
      install: async () => (asked.push('install'), false),
    };
    const options = await resolveOptions({ directory: 'given', db: 'sqlite' }, { asker });
    expect(asked).toEqual(['pattern', 'install']);
    expect(options).toMatchObject({ directory: 'given', db: 'sqlite', pattern: 'full-stack', install: false });
  });
});
