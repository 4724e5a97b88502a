import path from 'node:path';
import type { Service } from '../options.js';
import type { Part, TemplateContext } from './types.js';

/** The package name the renderer gives the package.json at `dir` (src/render/render.ts: `<name>-<last segment>`). */
const packageNameAt = (ctx: TemplateContext, dir: string) => `${ctx.name}-${path.posix.basename(dir)}`;

/** `<pm> run <script>` inside one workspace package, from the root. */
export function runIn(ctx: TemplateContext, dir: string, script: string): string {
  switch (ctx.pm) {
    case 'npm':
      return `npm run ${script} --workspace ${dir}`;
    case 'pnpm':
      return `pnpm --filter ./${dir} run ${script}`;
    case 'yarn':
      return `yarn workspace ${packageNameAt(ctx, dir)} run ${script}`;
    case 'bun':
      return `bun run --filter ${packageNameAt(ctx, dir)} ${script}`;
  }
}

/** `<pm> run <script>` in every workspace package that has it (never the root itself: no recursion). */
export function runEverywhere(ctx: TemplateContext, script: string): string {
  switch (ctx.pm) {
    case 'npm':
      return `npm run ${script} --workspaces --if-present`;
    case 'pnpm':
      return `pnpm --recursive --if-present run ${script}`;
    case 'yarn':
      return `yarn workspaces foreach --all --exclude ${ctx.name} run ${script}`;
    case 'bun':
      return `bun run ${ctx.workspaces.map((w) => `--filter ${packageNameAt(ctx, w)}`).join(' ')} ${script}`;
  }
}

/** How a service that is not a Node package runs in development and is tested, from the root. */
function serviceCommands(s: Service): { dev: string; test: string } | undefined {
  const dir = `services/${s.name}`;
  if (s.lang === 'python') return { dev: `cd ${dir} && python3 -m service --reload`, test: `cd ${dir} && python3 -m pytest` };
  if (s.lang === 'go') return { dev: `cd ${dir} && go run .`, test: `cd ${dir} && go test ./...` };
  return undefined;
}

/**
 * The workspace root: one package.json whose `workspaces` (or pnpm-workspace.yaml) lists every folder with a
 * package.json, so one install at the root installs every Node package; `dev` runs the web app and every
 * service at once (concurrently); build/test/typecheck run in every workspace package; the root README.
 */
export const workspace: Part = {
  id: 'workspace',
  summary: 'Workspace root: package manager workspaces, one install, dev running every app and service, root README',
  shell: ['README.md'],
  contribute: (ctx) => {
    const dev: Record<string, string> = {};
    const tests: Record<string, string> = {};
    // Every Node package of the workspace (its `dev` script; the Expo app's is `start`), then the services in
    // other languages, which have no package.json.
    for (const dir of ctx.workspaces) {
      const script = ctx.has['expo-app'] && dir === 'apps/mobile' ? 'start' : 'dev';
      dev[`dev:${path.posix.basename(dir)}`] = runIn(ctx, dir, script);
    }
    for (const s of ctx.services) {
      const other = serviceCommands(s);
      if (!other) continue;
      dev[`dev:${s.name}`] = other.dev;
      tests[`test:${s.name}`] = other.test;
    }
    // The database's package (the web app's Prisma in microservices, the API's in mobile-web), from the root:
    // the CLI's next steps and the README run these here.
    const dbDir = ctx.has.prisma ? 'apps/web' : ctx.has['express-api'] ? 'apps/api' : undefined;
    const db: Record<string, string> = dbDir ? { 'db:generate': runIn(ctx, dbDir, 'db:generate'), 'db:migrate': runIn(ctx, dbDir, 'db:migrate') } : {};
    const names = Object.keys(dev).map((k) => k.slice('dev:'.length));
    const all = Object.keys(dev).map((k) => JSON.stringify(`${ctx.run} ${k}`));
    return {
      devDependencies: ['concurrently'],
      scripts: {
        dev: `concurrently --names ${names.join(',')} ${all.join(' ')}`,
        ...dev,
        build: runEverywhere(ctx, 'build'),
        test: runEverywhere(ctx, 'test'),
        typecheck: runEverywhere(ctx, 'typecheck'),
        ...tests,
        ...db,
      },
      // pnpm reads its workspace list from pnpm-workspace.yaml (a template of this part) instead.
      packageJson: ctx.pm === 'pnpm' ? {} : { workspaces: ctx.workspaces },
      gitignore: [
        '# dependencies (one install at the root for every package)',
        'node_modules/',
        '# env files: keys and secrets stay on your machine (.env.example is the committed template)',
        '.env',
        '.env*.local',
        '.DS_Store',
      ],
    };
  },
};
