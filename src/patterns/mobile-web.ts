import type { Pattern } from './types.js';

/**
 * A workspace: one Express API (apps/api, @clerk/express, Prisma: it owns the database and receives Clerk's
 * webhooks) used by a Next.js web app (apps/web, no database: its pages call the API with the session token)
 * and an Expo app (apps/mobile, @clerk/expo, Bearer token on every call).
 */
export const mobileWeb: Pattern = {
  id: 'mobile-web',
  title: 'Mobile + web',
  hint: 'workspace: Expo app + Next.js web app, both signed in with Clerk, calling one Express API (Prisma, webhooks)',
  options: ['--db'],
  mounts: () => [
    { part: 'workspace', at: '.' },
    { part: 'express-api', at: 'apps/api' },
    { part: 'next-app', at: 'apps/web' },
    { part: 'web-client', at: 'apps/web' },
    { part: 'expo-app', at: 'apps/mobile' },
    // PostgreSQL for local development (the API's database). The apps themselves run with `dev`, not in Docker.
    { part: 'local-postgres', at: '.' },
  ],
};
