/**
 * The steps every single-app Next.js pattern's suite shares (full-stack, multi-tenant): generate the project
 * (and a PostgreSQL server for --db postgresql), install, prisma generate, type-check, next build, teardown; and
 * the helpers its checks use against the running server. Call it at the top of a `describe`: it registers those
 * hooks and tests there, in that order; the suite adds its own (its tests, migrations, `app.start`, the checks).
 */
import { afterAll, beforeAll, test } from 'vitest';
import { BUILD_ENV, PRISMA_ENV, disposeProject, generateProject, inProject, installProject, startNext, type Project, type RunningServer } from './app.js';
import { postgresDb, sqliteDb, type TestDb } from './db.js';
import { http } from './net.js';
import { startPostgres, type PgServer } from './postgres.js';
import { signWebhook } from './webhooks.js';

const MIN = 60_000;

export interface DeliverOptions {
  /** Sign with this secret instead of the server's. */
  secret?: string;
  /** Change the body after signing (must change it). */
  tamper?: (body: string) => string;
  /** Send these headers instead of a signature; null sends none at all. */
  headers?: Record<string, string> | null;
}

export interface NextSuite {
  readonly project: Project;
  readonly database: TestDb;
  /** The running `next start`, once `start` has passed. */
  server: RunningServer | undefined;
  /** Steps that passed; `need` fails a check whose earlier step did not. */
  done: Set<string>;
  need(...steps: string[]): void;
  dbUrl(): string;
  /** Starts (or restarts) `next start` with the build's env, DATABASE_URL and `env`; marks `start` done. */
  start(env: Record<string, string | undefined>): Promise<void>;
  /** POSTs a Clerk webhook event to /api/webhooks/clerk, signed with the suite's secret unless told otherwise. */
  deliver(event: unknown, opts?: DeliverOptions): ReturnType<typeof http>;
}

export function nextAppSuite(pattern: 'full-stack' | 'multi-tenant', db: 'sqlite' | 'postgresql', webhookSecret: string): NextSuite {
  let project: Project;
  let pg: PgServer | undefined;
  let database: TestDb;
  const suite: NextSuite = {
    get project() {
      return project;
    },
    get database() {
      return database;
    },
    server: undefined,
    done: new Set<string>(),
    need(...steps) {
      for (const s of steps) if (!suite.done.has(s)) throw new Error(`needs the earlier step "${s}", which did not pass`);
    },
    dbUrl: () => database.url,
    async start(env) {
      await suite.server?.stop();
      suite.server = undefined;
      suite.server = await startNext(project, { ...BUILD_ENV, DATABASE_URL: database.url, ...env });
      suite.done.add('start');
    },
    deliver(event, opts = {}) {
      const body = JSON.stringify(event);
      const headers = opts.headers === null ? { 'content-type': 'application/json' } : (opts.headers ?? signWebhook(opts.secret ?? webhookSecret, body));
      const sent = opts.tamper ? opts.tamper(body) : body;
      if (opts.tamper && sent === body) throw new Error('the tamper function left the body unchanged');
      return http(`${suite.server!.url}/api/webhooks/clerk`, { method: 'POST', headers, body: sent });
    },
  };

  beforeAll(async () => {
    project = await generateProject({ pattern, db });
    if (db === 'postgresql') {
      pg = await startPostgres();
      database = await postgresDb(pg, 'app');
    }
  }, 3 * MIN);

  afterAll(async () => {
    await suite.server?.stop();
    await database?.close();
    await pg?.stop();
    if (project) {
      const t = Object.entries(project.timings).map(([k, ms]) => `${k} ${(ms / 1000).toFixed(1)}s`);
      console.log(`[${pattern}/${db}] timings: ${t.join(', ')}`);
    }
    disposeProject(project);
  }, 2 * MIN);

  test('installs with npm', async () => {
    const { cached } = await installProject(project);
    if (db === 'sqlite') database = sqliteDb(project.dir); // needs the project's better-sqlite3
    console.log(`[${pattern}/${db}] install ${cached ? "copied from this run's earlier install of the same dependency set" : 'ran npm install'}`);
    suite.done.add('install');
  }, 25 * MIN);

  test('prisma generate works offline (npm run db:generate)', async () => {
    suite.need('install');
    await inProject(project, 'prisma generate', 'npm', ['run', 'db:generate'], { ...PRISMA_ENV, DATABASE_URL: database.url }, 3 * MIN);
    suite.done.add('generate');
  }, 4 * MIN);

  test('type-checks (npm run typecheck)', async () => {
    suite.need('generate');
    await inProject(project, 'typecheck', 'npm', ['run', 'typecheck'], {}, 5 * MIN);
  }, 6 * MIN);

  test('next build succeeds', async () => {
    suite.need('generate');
    await inProject(project, 'build', process.execPath, ['node_modules/next/dist/bin/next', 'build'], { DATABASE_URL: database.url }, 15 * MIN);
    suite.done.add('build');
  }, 16 * MIN);

  return suite;
}
