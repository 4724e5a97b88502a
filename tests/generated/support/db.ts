/** The generated project's database, seen from the tests: apply the shipped migration, read rows directly. */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PgServer } from './postgres.js';

export type Row = Record<string, unknown>;

export interface TestDb {
  /** DATABASE_URL for the app. */
  url: string;
  /** Applies a migration SQL file. */
  apply(file: string): Promise<void>;
  /** Runs a SELECT and returns its rows. */
  rows(sql: string): Promise<Row[]>;
  close(): Promise<void>;
}

interface SqliteDatabase {
  exec(sql: string): void;
  prepare(sql: string): { all(): Row[] };
  close(): void;
}

/**
 * SQLite file `dev.db` in the project (`file:./dev.db`, resolved from the server's working directory), opened
 * with the project's own better-sqlite3 (no native module in the CLI's repo).
 */
export function sqliteDb(projectDir: string, file = 'dev.db'): TestDb {
  const req = createRequire(path.join(projectDir, 'package.json'));
  const Database = req('better-sqlite3') as new (file: string, opts?: Record<string, unknown>) => SqliteDatabase;
  const abs = path.join(projectDir, file);
  let db: SqliteDatabase | null = null;
  const open = () => (db ??= new Database(abs));
  return {
    url: `file:./${file}`,
    async apply(sqlFile) {
      const { readFileSync } = await import('node:fs');
      open().exec(readFileSync(sqlFile, 'utf8'));
    },
    async rows(sql) {
      return open().prepare(sql).all();
    },
    async close() {
      db?.close();
      db = null;
    },
  };
}

/** A fresh database on the throwaway PostgreSQL server. */
export async function postgresDb(server: PgServer, name: string): Promise<TestDb> {
  const url = await server.createDatabase(name);
  return {
    url,
    apply: (file) => server.applyFile(name, file),
    rows: (sql) => server.query(name, sql),
    async close() {},
  };
}
