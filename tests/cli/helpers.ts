import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const bin = path.join(repoRoot, 'bin/create-clerk-arch.cjs');

/** A clean environment: no CI marker, no user agent, unless a test sets them. */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.CI;
  delete env.npm_config_user_agent;
  return { ...env, NO_COLOR: '1', ...extra };
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a process with piped (non-TTY) stdio; a hang fails the test via the timeout. */
export function runCli(args: string[], { cwd, env = {}, timeout = 20_000 }: { cwd: string; env?: NodeJS.ProcessEnv; timeout?: number }): CliResult {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, env: cleanEnv(env), encoding: 'utf8', timeout, input: '' });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts the CLI without waiting, for signal tests. */
export function startCli(args: string[], { cwd, env = {} }: { cwd: string; env?: NodeJS.ProcessEnv }) {
  return spawn(process.execPath, [bin, ...args], { cwd, env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
}

export const scratch = (prefix = 'cca-cli-') => mkdtempSync(path.join(tmpdir(), prefix));

/** Every file under `dir` (POSIX relative path → sha256), to prove a tree unchanged. */
export function snapshot(dir: string, skip = new Set(['.git', 'node_modules'])): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(dir, rel))) {
      if (skip.has(entry)) continue;
      const r = rel ? `${rel}/${entry}` : entry;
      if (statSync(path.join(dir, r)).isDirectory()) walk(r);
      else out[r] = createHash('sha256').update(readFileSync(path.join(dir, r))).digest('hex');
    }
  };
  walk('');
  return out;
}
