import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawn } from '@lydell/node-pty';
import { describe, expect, it } from 'vitest';
import { bin, cleanEnv, runCli, scratch, snapshot } from './helpers.js';

/** The CLI on a real pseudo-terminal: isTTY is true on both ends, so it prompts. */
function startPty(args: string[], cwd: string) {
  const term = spawn(process.execPath, [bin, ...args], {
    cwd,
    cols: 120,
    rows: 40,
    env: cleanEnv({ TERM: 'xterm-256color' }) as Record<string, string>,
  });
  let screen = '';
  term.onData((d) => (screen += d));
  const exited = new Promise<number>((resolve) => term.onExit(({ exitCode }) => resolve(exitCode)));
  /** Waits for `text` to appear after what was consumed so far, then types `keys`. */
  let seen = 0;
  const answer = async (text: string, keys: string) => {
    const deadline = Date.now() + 15_000;
    while (!screen.slice(seen).includes(text)) {
      if (Date.now() > deadline) throw new Error(`prompt "${text}" never appeared; screen:\n${screen}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    seen = screen.indexOf(text, seen) + text.length;
    term.write(keys);
  };
  return { answer, exited, screen: () => screen };
}

describe('interactive (pseudo-terminal)', () => {
  it('asks name, pattern, database and install, and produces the same tree as the equivalent flags', async () => {
    const cwd = scratch();
    const cli = startPty(['--no-git'], cwd);
    await cli.answer('Where should the project go?', 'pty-app\r');
    await cli.answer('Which architecture?', '\r');
    await cli.answer('Database?', '\x1b[B\r'); // second choice: PostgreSQL
    await cli.answer('Install dependencies now?', '\x1b[C\r'); // No
    expect(await cli.exited).toBe(0);

    const other = scratch();
    expect(runCli(['pty-app', '--pattern', 'full-stack', '--db', 'postgresql', '--no-install', '--no-git'], { cwd: other }).code).toBe(0);
    expect(snapshot(path.join(cwd, 'pty-app'))).toEqual(snapshot(path.join(other, 'pty-app')));
  });

  it('Ctrl-C at a prompt exits 130 and writes nothing', async () => {
    const cwd = scratch();
    const cli = startPty([], cwd);
    await cli.answer('Where should the project go?', 'half');
    await cli.answer('half', '\x03');
    expect(await cli.exited).toBe(130);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('CI=true never prompts, even on a TTY', async () => {
    const cwd = scratch();
    const term = spawn(process.execPath, [bin, 'app'], { cwd, env: cleanEnv({ CI: 'true' }) as Record<string, string> });
    let out = '';
    term.onData((d) => (out += d));
    const code = await new Promise<number>((resolve) => term.onExit(({ exitCode }) => resolve(exitCode)));
    expect(code).toBe(2);
    expect(out).toMatch(/Missing --pattern/);
  });
});

describe('add, interactive', () => {
  it('shows the diff of a conflicting file and replaces it only when told to, keeping a backup', async () => {
    const root = scratch('cca-add-pty-');
    mkdirSync(path.join(root, 'src/app'), { recursive: true });
    writeFileSync(path.join(root, 'package.json'), '{"name":"host","dependencies":{"next":"16.4.3"}}\n');
    writeFileSync(path.join(root, 'tsconfig.json'), '{"compilerOptions":{"paths":{"@/*":["./src/*"]}}}\n');
    writeFileSync(path.join(root, 'src/app/layout.tsx'), 'export default function L({ children }: { children: React.ReactNode }) {\n  return <html><body>{children}</body></html>;\n}\n');
    writeFileSync(path.join(root, 'src/proxy.ts'), 'export default function proxy() {}\n');
    const cli = startPty(['add', 'full-stack', '--cwd', root, '--db', 'sqlite', '--no-install'], root);
    await cli.answer('+++ src/proxy.ts', '');
    await cli.answer('Replace src/proxy.ts with ours?', 'y\r');
    expect(await cli.exited).toBe(0);
    expect(readFileSync(path.join(root, 'src/proxy.ts'), 'utf8')).toContain('clerkMiddleware');
    const [stamp] = readdirSync(path.join(root, '.clerk-arch/backups'));
    expect(readFileSync(path.join(root, '.clerk-arch/backups', stamp!, 'src/proxy.ts'), 'utf8')).toBe('export default function proxy() {}\n');
  });
});
