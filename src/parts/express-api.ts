import type { Part } from './types.js';

/**
 * The Express API of the mobile-web pattern (mounted at `apps/api`): Clerk session tokens from the web
 * and the Expo app, CORS for the web origins only, the Clerk webhook route, and the Prisma database.
 */
export const expressApi: Part = {
  id: 'express-api',
  summary: 'Express 5 API with @clerk/express: public and protected routes, CORS, Clerk webhooks, Prisma',
  contribute: (ctx) => ({
    dependencies: [
      '@clerk/express',
      '@prisma/client',
      'cors',
      'dotenv',
      'express',
      ...(ctx.postgresql ? ['@prisma/adapter-pg', 'pg'] : ['@prisma/adapter-better-sqlite3', 'better-sqlite3']),
    ],
    devDependencies: [
      '@types/cors',
      '@types/express',
      '@types/node',
      'prisma',
      'tsx',
      'typescript',
      'vitest',
      ...(ctx.postgresql ? ['@types/pg'] : ['@types/better-sqlite3']),
    ],
    scripts: {
      dev: 'tsx watch src/server.ts',
      // The Prisma client is generated code (src/generated/prisma, git-ignored): every entry point makes it first.
      build: 'prisma generate && tsc -p tsconfig.build.json',
      start: 'node dist/server.js',
      test: 'prisma generate && vitest run',
      typecheck: 'prisma generate && tsc --noEmit',
      'db:migrate': 'prisma migrate dev',
      'db:deploy': 'prisma migrate deploy',
      'db:generate': 'prisma generate',
    },
    // better-sqlite3 compiles its native module in an install script.
    buildDependencies: ctx.postgresql ? [] : ['better-sqlite3'],
    env: [
      {
        key: 'CLERK_PUBLISHABLE_KEY',
        value: 'pk_test_replace_me',
        comment: 'Clerk Dashboard → Configure → API keys → Publishable key (the same key the web and mobile apps use)',
      },
      {
        key: 'CLERK_SECRET_KEY',
        value: 'sk_test_replace_me',
        comment: 'Clerk Dashboard → Configure → API keys → Secret key. Server only: never put it in the web or mobile app',
      },
      {
        key: 'CLERK_JWT_KEY',
        value: '',
        comment:
          'Clerk Dashboard → Configure → API keys → JWT public key (PEM, in double quotes: line breaks kept or written as \\n). ' +
          'Lets the API verify session tokens with no network call; leave empty to fetch the keys from Clerk',
      },
      {
        key: 'CLERK_WEBHOOK_SIGNING_SECRET',
        value: 'whsec_replace_me',
        comment:
          'Clerk Dashboard → Configure → Webhooks → add an endpoint https://<public URL of this API>/api/webhooks/clerk ' +
          '(events user.created, user.updated, user.deleted) → Signing secret',
      },
      {
        key: 'DATABASE_URL',
        value: ctx.postgresql ? 'postgresql://postgres:postgres@localhost:5432/app' : 'file:./dev.db',
        comment: ctx.postgresql
          ? 'PostgreSQL connection string (the `postgres` service of the root compose.yaml by default: docker compose up -d). Add ?schema=<name> for another schema'
          : 'SQLite file, relative to this folder. Create the tables with `' + ctx.run + ' db:migrate`',
      },
      {
        key: 'WEB_ORIGINS',
        value: 'http://localhost:3000',
        comment:
          'Comma-separated browser origins allowed to call the API (CORS) and accepted as a session token\'s azp ' +
          '(the web app; add your production origin). Native app requests need no entry',
      },
      { key: 'PORT', value: '4000', comment: 'Port the API listens on' },
    ],
    gitignore: ['node_modules/', 'dist/', '.env', 'src/generated/', ...(ctx.sqlite ? ['*.db', '*.db-journal'] : [])],
  }),
};
