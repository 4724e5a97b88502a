/**
 * `add` proven on real Next.js apps: create-next-app (a devDependency, install skipped) makes the host app at
 * test time, in both layouts; `add full-stack` goes in; then npm install, prisma generate, next build and a
 * running server. The host's own files must be byte-identical afterwards except the planned merges.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { PRISMA_ENV, REPO_ROOT, disposeProject, generateProject, inProject, installProject, netGuardViolations, startNext, type Project, type RunningServer } from './support/app.js';
import { documentHeaders, http } from './support/net.js';
import { cleanEnv, run } from './support/proc.js';

const MIN = 60_000;
const FONTS_MOCK = path.join(import.meta.dirname, 'fixtures/google-fonts-mock.cjs');
const CLI = path.join(REPO_ROOT, 'bin/create-clerk-arch.cjs');

function hashes(dir: string, rel = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    if (['node_modules', '.next', '.git'].includes(entry.name)) continue;
    const r = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) Object.assign(out, hashes(dir, r));
    else out[r] = createHash('sha256').update(fs.readFileSync(path.join(dir, r))).digest('hex');
  }
  return out;
}

const THEIR_SCHEMA = `generator client {
  provider = "prisma-client"
  output   = "../generated/prisma"
}

datasource db {
  provider = "sqlite"
}

model User {
  id        String   @id @default(cuid())
  nickname  String?  // theirs: must survive the merge
  karma     Int      @default(0)
  createdAt DateTime @default(now())
}
`;

describe.each([
  { layout: 'src/app', src: true, schema: false },
  { layout: 'app (no src/), with their own Prisma User model', src: false, schema: true },
])('add full-stack into create-next-app: $layout', ({ src, schema }) => {
  let project: Project;
  let server: RunningServer | undefined;
  let before: Record<string, string>;

  afterAll(async () => {
    await server?.stop();
    disposeProject(project);
  }, MIN);

  test('create-next-app makes the host app, add writes only the plan', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cca-add-'));
    const name = src ? 'host-src' : 'host-app';
    await run(
      process.execPath,
      [path.join(REPO_ROOT, 'node_modules/create-next-app/dist/index.js'), name, '--ts', '--app', src ? '--src-dir' : '--no-src-dir', '--no-tailwind', '--no-eslint', '--no-react-compiler', '--skip-install', '--disable-git', '--yes', '--import-alias', '@/*', '--use-npm'],
      { cwd: root, env: cleanEnv({ CI: '1', NEXT_TELEMETRY_DISABLED: '1' }), timeoutMs: 2 * MIN },
    );
    const dir = path.join(root, name);
    project = { root, dir, name, netGuardLog: path.join(root, 'net-guard.log'), timings: {} };
    if (schema) {
      fs.mkdirSync(path.join(dir, 'prisma'));
      fs.writeFileSync(path.join(dir, 'prisma/schema.prisma'), THEIR_SCHEMA);
    }
    before = hashes(dir);
    const added = await run(process.execPath, [CLI, 'add', 'full-stack', '--cwd', dir, '--no-install', '--yes'], { cwd: root, env: cleanEnv({ CI: 'true', NO_COLOR: '1' }) });
    expect(added.stdout).toMatch(/merge\s+package.json/);

    const after = hashes(dir);
    const appDir = src ? 'src/app' : 'app';
    const merged = new Set(['package.json', '.gitignore', `${appDir}/layout.tsx`, ...(schema ? ['prisma/schema.prisma'] : [])]);
    for (const [file, hash] of Object.entries(before)) {
      if (merged.has(file)) expect(after[file], `${file} should be merged`).not.toBe(hash);
      else expect(after[file], `${file} must be unchanged`).toBe(hash);
    }
    const layout = fs.readFileSync(path.join(dir, appDir, 'layout.tsx'), 'utf8');
    expect(layout).toMatch(/<body[^>]*>\s*<ClerkProvider[^>]*>/);
    expect(fs.existsSync(path.join(dir, src ? 'src/proxy.ts' : 'proxy.ts'))).toBe(true);
  }, 5 * MIN);

  test('installs, generates the Prisma client and the merged schema validates', async () => {
    await installProject(project);
    const env = { ...PRISMA_ENV, DATABASE_URL: 'file:./dev.db' };
    await inProject(project, 'prisma generate', 'npx', ['prisma', 'generate'], env, 3 * MIN);
    const validated = await inProject(project, 'prisma validate', 'npx', ['prisma', 'validate'], env, 3 * MIN);
    expect(validated.stdout + validated.stderr).toMatch(/is valid/);
    if (schema) {
      const merged = fs.readFileSync(path.join(project.dir, 'prisma/schema.prisma'), 'utf8');
      expect(merged).toMatch(/nickname\s+String\?\s+\/\/ theirs/);
      expect(merged).toMatch(/karma\s+Int\s+@default\(0\)/);
      expect(merged).toMatch(/clerkId\s+String\s+@unique/);
    }
  }, 25 * MIN);

  test('next build passes and /api/me answers 401 without a token', async () => {
    await inProject(project, 'build', 'npx', ['next', 'build'], { NEXT_FONT_GOOGLE_MOCKED_RESPONSES: FONTS_MOCK, DATABASE_URL: 'file:./dev.db' }, 15 * MIN);
    server = await startNext(project, { DATABASE_URL: 'file:./dev.db' });
    const me = await http(`${server.url}/api/me`);
    expect(me.status).toBe(401);
    expect(me.json).toEqual({ error: 'unauthenticated' });
    const home = await http(`${server.url}/`, { headers: documentHeaders });
    expect(home.status).toBe(200);
    expect(netGuardViolations(project)).toEqual([]);
  }, 20 * MIN);
});

describe('add multi-tenant on a generated full-stack project', () => {
  let project: Project;
  afterAll(() => disposeProject(project));

  test('layers cleanly, installs, passes its own tests and builds; a second add changes nothing', async () => {
    project = await generateProject({ pattern: 'full-stack', db: 'sqlite', name: 'layered' });
    await installProject(project);
    const env = cleanEnv({ CI: 'true', NO_COLOR: '1' });
    const added = await run(process.execPath, [CLI, 'add', 'multi-tenant', '--cwd', project.dir, '--no-install'], { cwd: project.root, env });
    expect(added.stdout).toMatch(/update\s+src\/proxy.ts/);
    expect(added.stdout).not.toMatch(/conflict/);

    await inProject(project, 'prisma generate', 'npm', ['run', 'db:generate'], { ...PRISMA_ENV, DATABASE_URL: 'file:./dev.db' }, 3 * MIN);
    await inProject(project, 'test', 'npm', ['test'], {}, 5 * MIN);
    await inProject(project, 'build', 'npx', ['next', 'build'], { DATABASE_URL: 'file:./dev.db' }, 15 * MIN);

    const before = hashes(project.dir);
    const again = await run(process.execPath, [CLI, 'add', 'multi-tenant', '--cwd', project.dir, '--no-install'], { cwd: project.root, env });
    expect(again.stdout).toMatch(/Nothing to do/);
    expect(hashes(project.dir)).toEqual(before);
  }, 30 * MIN);
});
