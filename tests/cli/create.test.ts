import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, scratch, snapshot, startCli } from './helpers.js';

const pkgVersion = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version;
const FLAGS = ['--pattern', 'full-stack', '--db', 'sqlite', '--no-install', '--no-git'];

describe('help, version, list', () => {
  it('prints help and the version, exit 0', () => {
    const cwd = scratch();
    const help = runCli(['--help'], { cwd });
    expect(help.code).toBe(0);
    for (const flag of ['--pattern', '--db', '--pm', '--no-install', '--no-git', '--yes', '--dry-run', '--json', 'list'])
      expect(help.stdout).toContain(flag);
    expect(runCli(['-V'], { cwd }).stdout.trim()).toBe(pkgVersion);
  });

  it('lists the patterns, as text and as JSON', () => {
    const cwd = scratch();
    expect(runCli(['list'], { cwd }).stdout).toMatch(/full-stack\s+one Next.js app/);
    const json = JSON.parse(runCli(['list', '--json'], { cwd }).stdout);
    expect(json.find((p: { id: string }) => p.id === 'full-stack').parts).toEqual(['next-app', 'prisma', 'clerk-webhooks', 'local-postgres']);
  });
});

describe('a reader that goes away (`create-clerk-arch list | head -1`)', () => {
  /** Runs the CLI with its stdout's reading end closed before it writes anything: every write fails with EPIPE. */
  const withClosedStdout = (args: string[], cwd: string) =>
    new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = startCli(args, { cwd });
      child.stdout.destroy();
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.on('close', (code) => resolve({ code, stderr }));
    });

  it('list and --help exit 0 without a stack trace', async () => {
    for (const args of [['list'], ['--help']]) expect(await withClosedStdout(args, scratch())).toEqual({ code: 0, stderr: '' });
  });

  it('a scaffold still finishes and writes the whole project', async () => {
    const cwd = scratch();
    expect(await withClosedStdout(['app', ...FLAGS], cwd)).toEqual({ code: 0, stderr: '' });
    expect(existsSync(path.join(cwd, 'app/clerk-arch.json'))).toBe(true);
  });
});

describe('create with flags', () => {
  it('writes the project and a manifest whose hashes match the files', () => {
    const cwd = scratch();
    const result = runCli(['app', ...FLAGS], { cwd });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const manifest = JSON.parse(readFileSync(path.join(cwd, 'app/clerk-arch.json'), 'utf8'));
    expect(manifest.options).toEqual({ pattern: 'full-stack', db: 'sqlite', pm: 'npm', services: [] });
    const onDisk = snapshot(path.join(cwd, 'app'));
    delete onDisk['clerk-arch.json'];
    expect(manifest.files).toEqual(onDisk);
    expect(result.stdout).toContain('npm run dev');
    // nothing but the project is left beside it (no staging folder)
    expect(readdirSync(cwd)).toEqual(['app']);
  });

  it('accepts nested relative and absolute paths', () => {
    const cwd = scratch();
    expect(runCli(['deep/er/app1', ...FLAGS], { cwd }).code).toBe(0);
    expect(existsSync(path.join(cwd, 'deep/er/app1/clerk-arch.json'))).toBe(true);
    const abs = path.join(scratch(), 'app2');
    expect(runCli([abs, ...FLAGS], { cwd }).code).toBe(0);
    expect(existsSync(path.join(abs, 'clerk-arch.json'))).toBe(true);
  });

  it('uses the package manager that launched it in next steps', () => {
    const cwd = scratch();
    const result = runCli(['app', ...FLAGS], { cwd, env: { npm_config_user_agent: 'pnpm/10.0.0 npm/? node/v20.19.0 linux x64' } });
    expect(result.stdout).toContain('pnpm install');
    expect(result.stdout).toContain('pnpm dev');
    expect(JSON.parse(readFileSync(path.join(cwd, 'app/clerk-arch.json'), 'utf8')).options.pm).toBe('pnpm');
  });

  it('--yes fills in every default without prompting', () => {
    const cwd = scratch();
    const result = runCli(['--yes', '--no-install', '--no-git'], { cwd });
    expect(result.code).toBe(0);
    expect(existsSync(path.join(cwd, 'my-clerk-app/clerk-arch.json'))).toBe(true);
  });

  it('initialises git with a first commit', () => {
    const cwd = scratch();
    const env = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };
    const result = runCli(['app', '--pattern', 'full-stack', '--db', 'sqlite', '--no-install'], { cwd, env });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/✔ Initialising a git repository/);
    expect(existsSync(path.join(cwd, 'app/.git/HEAD'))).toBe(true);
  });
});

describe('non-interactive safety', () => {
  it('exits 2 within seconds naming the missing flag when stdin is not a TTY, writing nothing', () => {
    const cwd = scratch();
    const started = Date.now();
    const result = runCli(['app'], { cwd, timeout: 10_000 });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Missing --pattern \(full-stack.*--yes/);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('names the directory when it is missing', () => {
    const result = runCli(['--pattern', 'full-stack'], { cwd: scratch() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Missing the project directory/);
  });

  it.each([
    [['app', '--pattern', 'nope'], /Allowed choices are full-stack/],
    [['app', '--db', 'mysql'], /Allowed choices are sqlite, postgresql/],
    [['app', '--pm', 'pip'], /Allowed choices are npm, pnpm, yarn, bun/],
    [['app', '--frobnicate'], /unknown option '--frobnicate'/],
    [['My App', '--yes'], /"My App" can't be a package name .*Try `my-app`/],
  ])('refuses bad input %j with exit 2 and one line', (args, message) => {
    const cwd = scratch();
    const result = runCli(args, { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('leaves a non-empty target untouched and lists what is there', () => {
    const cwd = scratch();
    mkdirSync(path.join(cwd, 'app/src'), { recursive: true });
    writeFileSync(path.join(cwd, 'app/notes.md'), 'mine');
    const before = snapshot(path.join(cwd, 'app'));
    const result = runCli(['app', ...FLAGS], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/app is not empty \(notes.md, src\)/);
    expect(snapshot(path.join(cwd, 'app'))).toEqual(before);
  });

  it('creates into a folder that holds only .git', () => {
    const cwd = scratch();
    mkdirSync(path.join(cwd, 'app/.git'), { recursive: true });
    expect(runCli(['app', ...FLAGS], { cwd }).code).toBe(0);
    expect(existsSync(path.join(cwd, 'app/clerk-arch.json'))).toBe(true);
  });
});

describe('--dry-run and --json', () => {
  it('--dry-run prints the tree with sizes and writes nothing', () => {
    const cwd = scratch();
    const result = runCli(['app', ...FLAGS, '--dry-run'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Dry run: would create app/);
    expect(result.stdout).toMatch(/clerk-arch.json\s+\d+(\.\d)? k?B/);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('--json prints exactly one JSON document on stdout', () => {
    const cwd = scratch();
    const result = runCli(['app', ...FLAGS, '--json'], { cwd });
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ ok: true, pattern: 'full-stack', directory: path.join(cwd, 'app'), dryRun: false });
    expect(json.files.map((f: { path: string }) => f.path)).toContain('clerk-arch.json');
    expect(json.nextSteps).toContain('npm run dev');
  });

  it('--json reports errors as JSON too, with the exit code', () => {
    const result = runCli(['app', '--json'], { cwd: scratch() });
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, exitCode: 2, error: expect.stringMatching(/--pattern/) });
  });
});

/** A fake package manager on PATH, so install failures and slow installs can be staged without a network. */
function fakeNpm(script: string) {
  const dir = scratch('cca-fake-npm-');
  writeFileSync(path.join(dir, 'npm'), `#!/bin/sh\n${script}\n`);
  chmodSync(path.join(dir, 'npm'), 0o755);
  return { PATH: `${dir}:${process.env.PATH}` };
}

describe('post steps', () => {
  it('an install failure exits 1, keeps the project and says how to finish', () => {
    const cwd = scratch();
    const result = runCli(['app', '--pattern', 'full-stack', '--db', 'sqlite', '--install', '--no-git'], {
      cwd,
      env: fakeNpm('echo "npm ERR! registry unreachable" >&2; exit 1'),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('npm ERR! registry unreachable');
    expect(result.stderr).toMatch(/finish by hand: cd app && npm install/);
    expect(existsSync(path.join(cwd, 'app/clerk-arch.json'))).toBe(true);
  });

  it('Ctrl-C during install exits 130 and removes what this run created', async () => {
    const cwd = scratch();
    const child = startCli(['app', '--pattern', 'full-stack', '--db', 'sqlite', '--install', '--no-git'], {
      cwd,
      env: fakeNpm('sleep 30'),
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (out.includes('Writing')) {
          clearInterval(poll);
          resolve();
        }
      }, 50);
    });
    child.kill('SIGINT');
    const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(130);
    expect(readdirSync(cwd)).toEqual([]);
  });
});
