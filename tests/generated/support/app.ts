/**
 * Generated projects under test: generate with the built CLI into a temp dir outside the repo, install with
 * npm (one real install per distinct dependency set per run, copied for the next project that needs the same
 * set), run the project's commands with the network guard, and start `next start` on a free port.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './net.js';
import { cleanEnv, run, type RunResult } from './proc.js';
import { type RunningProcess, startProcess } from './service-proc.js';
import { publishableKey } from './tokens.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const NET_GUARD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'net-guard.cjs');

/** Build-time env every generated Next app gets: a dummy pk_live_ key renders pages signed out, offline. */
export const BUILD_ENV = {
  NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: publishableKey('clerk.example.com', 'live'),
  CLERK_SECRET_KEY: 'sk_test_x',
  NEXT_TELEMETRY_DISABLED: '1',
  CLERK_TELEMETRY_DISABLED: '1',
  CHECKPOINT_DISABLE: '1', // Prisma's update check
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
} as const;

/** Prisma's CLI wants a native schema engine it cannot download here; any existing file satisfies generate. */
export const PRISMA_ENV = { PRISMA_SCHEMA_ENGINE_BINARY: process.execPath } as const;

export interface Project {
  /** Temp root (removed by dispose). */
  root: string;
  /** The generated project. */
  dir: string;
  name: string;
  /** File the network guard appends to when a process of this project tries to leave the machine. */
  netGuardLog: string;
  /** Milliseconds per phase, for the report. */
  timings: Record<string, number>;
}

export interface GenerateOptions {
  pattern: string;
  db?: 'sqlite' | 'postgresql';
  name?: string;
  args?: string[];
}

/**
 * Runs the CLI as a user would (`--yes --no-install --no-git`). CCA_GENERATOR=<script> swaps in another
 * generator taking the same arguments (used to develop the harness against a prototype).
 */
export async function generateProject(opts: GenerateOptions): Promise<Project> {
  const name = opts.name ?? `cca-${opts.pattern}-${opts.db ?? 'sqlite'}`;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cca-gen-'));
  if (root.startsWith(REPO_ROOT + path.sep)) throw new Error(`temp dir ${root} is inside the repo`);
  const dir = path.join(root, name);
  const entry = process.env.CCA_GENERATOR ?? path.join(REPO_ROOT, 'bin', 'create-clerk-arch.cjs');
  if (!process.env.CCA_GENERATOR && !fs.existsSync(path.join(REPO_ROOT, 'dist'))) {
    throw new Error(`${REPO_ROOT}/dist is missing: build the CLI first (npm run build)`);
  }
  const args = [entry, dir, '--pattern', opts.pattern, ...(opts.db ? ['--db', opts.db] : []), '--yes', '--no-install', '--no-git', ...(opts.args ?? [])];
  const res = await run(process.execPath, args, { cwd: root, env: cleanEnv({ CI: 'true' }), timeoutMs: 120_000 });
  if (!fs.existsSync(path.join(dir, 'package.json'))) {
    throw new Error(`the generator wrote no package.json in ${dir}\n${res.stdout}\n${res.stderr}`);
  }
  return { root, dir, name, netGuardLog: path.join(root, 'net-guard.log'), timings: { generate: res.ms } };
}

/** JSON with object keys sorted, so the same dependency set in another order gives the same key. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

function installKey(dir: string): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
  const relevant = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies', 'overrides', 'allowScripts', 'workspaces'].map((k) => [k, pkg[k]]);
  return createHash('sha256').update(canonical([relevant, process.version])).digest('hex').slice(0, 16);
}

function installCacheDir(): string | null {
  if (process.env.CCA_INSTALL_CACHE === 'off') return null;
  return process.env.CCA_INSTALL_CACHE ?? path.join(os.tmpdir(), 'cca-install-cache');
}

const CACHE_MAX_AGE_MS = 12 * 3600_000;

/**
 * `npm install` in the project, with the machine's npm cache. The resulting node_modules + lockfile are kept
 * in the install cache (CCA_INSTALL_CACHE; `off` disables it) keyed by the project's dependency set, and a later
 * project with the same set gets a copy. .ci/run points CCA_INSTALL_CACHE at a fresh dir, so each CI run
 * installs every distinct set for real once.
 */
export async function installProject(project: Project): Promise<{ cached: boolean; result?: RunResult }> {
  const started = Date.now();
  const cacheRoot = installCacheDir();
  const key = installKey(project.dir);
  // Workspaces keep node_modules in their packages too: install those for real every time.
  const isWorkspace = 'workspaces' in (JSON.parse(fs.readFileSync(path.join(project.dir, 'package.json'), 'utf8')) as object);
  const entry = cacheRoot && !isWorkspace ? path.join(cacheRoot, key) : null;
  if (entry && fs.existsSync(path.join(entry, 'ok')) && Date.now() - fs.statSync(path.join(entry, 'ok')).mtimeMs < CACHE_MAX_AGE_MS) {
    await run('cp', ['-a', path.join(entry, 'node_modules'), path.join(project.dir, 'node_modules')]);
    fs.copyFileSync(path.join(entry, 'package-lock.json'), path.join(project.dir, 'package-lock.json'));
    project.timings.install = Date.now() - started;
    return { cached: true };
  }
  const result = await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=warn'], {
    cwd: project.dir,
    env: cleanEnv({ CI: 'true', ...BUILD_ENV }),
    timeoutMs: 20 * 60_000,
  });
  project.timings.install = Date.now() - started;
  if (entry && cacheRoot) {
    const tmp = `${entry}.tmp-${process.pid}`;
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.rmSync(entry, { recursive: true, force: true });
    fs.mkdirSync(tmp, { recursive: true });
    await run('cp', ['-a', path.join(project.dir, 'node_modules'), path.join(tmp, 'node_modules')]);
    fs.copyFileSync(path.join(project.dir, 'package-lock.json'), path.join(tmp, 'package-lock.json'));
    fs.writeFileSync(path.join(tmp, 'ok'), new Date().toISOString());
    try {
      fs.renameSync(tmp, entry);
    } catch {
      fs.rmSync(tmp, { recursive: true, force: true }); // another run stored the same set meanwhile
    }
  }
  return { cached: false, result };
}

/** Env for a project's processes: clean, with the network guard preloaded and `extra` on top. */
export function projectEnv(project: Project, extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return cleanEnv({
    CI: 'true',
    ...BUILD_ENV,
    NODE_OPTIONS: `--require ${NET_GUARD}`,
    CCA_NET_GUARD_LOG: project.netGuardLog,
    ...extra,
  });
}

/** Runs a command in the project (guarded, timed under `phase`). */
export async function inProject(project: Project, phase: string, cmd: string, args: string[], env: Record<string, string | undefined> = {}, timeoutMs = 15 * 60_000): Promise<RunResult> {
  const res = await run(cmd, args, { cwd: project.dir, env: projectEnv(project, env), timeoutMs });
  project.timings[phase] = res.ms;
  return res;
}

/** What the network guard refused so far (empty when nothing tried to leave the machine). */
export function netGuardViolations(project: Project): string[] {
  if (!fs.existsSync(project.netGuardLog)) return [];
  return fs.readFileSync(project.netGuardLog, 'utf8').split('\n').filter(Boolean);
}

export type RunningServer = RunningProcess;

/** `next start` on a free port (all interfaces: `-H 127.0.0.1` makes requests hang here), ready when it answers. */
export async function startNext(project: Project, env: Record<string, string | undefined>, timeoutMs = 90_000): Promise<RunningServer> {
  const port = await freePort();
  const started = Date.now();
  const server = await startProcess({
    name: 'next start',
    cmd: process.execPath,
    args: ['node_modules/next/dist/bin/next', 'start', '-p', String(port)],
    cwd: project.dir,
    env: projectEnv(project, env),
    port,
    timeoutMs,
  });
  project.timings.start = Date.now() - started;
  return server;
}

export function disposeProject(project: Project | undefined): void {
  if (!project || process.env.CCA_KEEP_PROJECTS) return;
  fs.rmSync(project.root, { recursive: true, force: true });
}
