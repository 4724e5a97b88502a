import type { Part } from './types.js';

/**
 * Prisma 7 with a driver adapter: SQLite (better-sqlite3, a file, no server) or PostgreSQL (pg; the patterns
 * mount `local-postgres` or `compose` for a local server). Ships the schema (User, OrgMembership), prisma.config.ts, the client singleton
 * `@/lib/db`, and the initial migration SQL for the chosen provider (applied by `db:migrate`).
 */
export const prisma: Part = {
  id: 'prisma',
  summary: 'Prisma 7 (SQLite or PostgreSQL driver adapter): User/OrgMembership schema, initial migration, db client',
  contribute: (ctx) => ({
    dependencies: [
      '@prisma/client',
      'dotenv',
      ...(ctx.postgresql ? ['@prisma/adapter-pg', 'pg'] : ['@prisma/adapter-better-sqlite3', 'better-sqlite3']),
    ],
    devDependencies: ['prisma', ...(ctx.postgresql ? ['@types/pg'] : ['@types/better-sqlite3'])],
    scripts: {
      'db:migrate': 'prisma migrate deploy',
      'db:generate': 'prisma generate',
    },
    // better-sqlite3 compiles or fetches its native module in an install script (npm 11 blocks it unless allowed).
    buildDependencies: ctx.postgresql ? [] : ['better-sqlite3'],
    env: [
      ctx.postgresql
        ? {
            key: 'DATABASE_URL',
            value: 'postgresql://postgres:postgres@localhost:5432/app',
            comment:
              'PostgreSQL connection string. This default is the service in compose.yaml (docker compose up -d);\n' +
              'in production, your provider gives it (Neon, Supabase, RDS, ...).',
          }
        : {
            key: 'DATABASE_URL',
            value: 'file:./dev.db',
            comment: 'SQLite database file, relative to the project root (created by the db:migrate script). Nothing to sign up for.',
          },
    ],
    gitignore: [
      '# Prisma: the generated client (db:generate)' + (ctx.sqlite ? ' and the SQLite database' : ''),
      'src/generated/',
      ...(ctx.sqlite ? ['dev.db*'] : []),
    ],
  }),
};
