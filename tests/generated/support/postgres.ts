/**
 * A throwaway PostgreSQL server for one test file: initdb in a temp dir, a free port on 127.0.0.1,
 * trust auth, stopped and deleted afterwards. Fails loudly when the server binaries are missing
 * (.ci/run installs them): a PostgreSQL test never skips.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './net.js';
import { run } from './proc.js';

export interface PgServer {
  port: number;
  /** postgresql://postgres@127.0.0.1:<port>/<db> */
  url(db: string): string;
  createDatabase(name: string): Promise<string>;
  /** Runs SQL with psql and returns its unaligned, tuples-only output. */
  psql(db: string, sql: string): Promise<string>;
  /** Runs a query and parses its rows (as JSON objects). */
  query<T = Record<string, unknown>>(db: string, sql: string): Promise<T[]>;
  /** Applies a file of SQL (stops at the first error). */
  applyFile(db: string, file: string): Promise<void>;
  stop(): Promise<void>;
}

/** The newest /usr/lib/postgresql/<v>/bin holding initdb, pg_ctl and psql. */
export function findPgBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root)
    ? fs.readdirSync(root).filter((v) => ['initdb', 'pg_ctl', 'psql', 'postgres'].every((b) => fs.existsSync(path.join(root, v, 'bin', b))))
    : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (!versions[0]) {
    throw new Error(
      'PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin. Install them (`apt-get install postgresql`; .ci/run does this): the PostgreSQL tests never skip.',
    );
  }
  return path.join(root, versions[0], 'bin');
}

const PG_OS_USER = 'postgres';

/** initdb refuses to run as root: as root, run the server as the `postgres` OS user (created if missing). */
async function serverUser(): Promise<string | null> {
  if (process.getuid?.() !== 0) return null;
  const exists = await run('id', ['-u', PG_OS_USER], { allowFail: true });
  if (exists.code !== 0) await run('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', PG_OS_USER]);
  return PG_OS_USER;
}

export async function startPostgres(): Promise<PgServer> {
  const bin = findPgBin();
  const user = await serverUser();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cca-pg-'));
  const data = path.join(root, 'data');
  const sockets = path.join(root, 'sock');
  const log = path.join(root, 'server.log');
  fs.mkdirSync(sockets);
  if (user) await run('chown', ['-R', `${user}:`, root]);
  const as = (cmd: string, args: string[]): [string, string[]] => (user ? ['runuser', ['-u', user, '--', cmd, ...args]] : [cmd, args]);
  const exec = (cmd: string, args: string[], timeoutMs = 120_000) => {
    const [c, a] = as(path.join(bin, cmd), args);
    return run(c, a, { cwd: root, timeoutMs, env: { ...process.env, LC_ALL: 'C', LANG: 'C' } });
  };

  await exec('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
  let port = 0;
  for (let attempt = 0; ; attempt++) {
    port = await freePort();
    try {
      await exec('pg_ctl', ['-D', data, '-l', log, '-w', '-t', '60', '-o', `-p ${port} -k ${sockets} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
      break;
    } catch (err) {
      if (attempt >= 2) {
        const serverLog = fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '(no log)';
        throw new Error(`PostgreSQL did not start: ${(err as Error).message}\n--- server log ---\n${serverLog}`);
      }
    }
  }

  // If the test process dies without stop(), shut the server down (immediate mode) and leave no data behind.
  const onExit = () => {
    try {
      const pid = Number(fs.readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
      if (pid > 0) process.kill(pid, 'SIGQUIT');
    } catch {
      /* not running */
    }
  };
  process.once('exit', onExit);

  const psqlArgs = (db: string) => ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', db, '-v', 'ON_ERROR_STOP=1', '-X', '-q', '-A', '-t'];
  const psql = async (db: string, sql: string) => (await run(path.join(bin, 'psql'), [...psqlArgs(db), '-c', sql], { timeoutMs: 60_000 })).stdout.trim();
  let stopped = false;
  return {
    port,
    url: (db) => `postgresql://postgres:postgres@127.0.0.1:${port}/${db}`,
    async createDatabase(name) {
      await psql('postgres', `CREATE DATABASE "${name}"`);
      return `postgresql://postgres:postgres@127.0.0.1:${port}/${name}`;
    },
    psql,
    async query<T>(db: string, sql: string): Promise<T[]> {
      const out = await psql(db, `SELECT coalesce(json_agg(t), '[]'::json) FROM (${sql}) t`);
      return JSON.parse(out) as T[];
    },
    async applyFile(db, file) {
      await run(path.join(bin, 'psql'), [...psqlArgs(db), '-1', '-f', file], { timeoutMs: 60_000 });
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      process.removeListener('exit', onExit);
      try {
        await exec('pg_ctl', ['-D', data, '-m', 'immediate', '-w', '-t', '30', 'stop'], 60_000);
      } finally {
        fs.rmSync(root, { recursive: true, force: true });
      }
    },
  };
}
