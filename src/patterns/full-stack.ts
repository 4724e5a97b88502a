import type { Mount, Pattern } from './types.js';

/** The full-stack Next.js app, mounted at `at`: multi-tenant and the microservices BFF build on it. */
export const fullStackApp = (at: string): Mount[] => [
  { part: 'next-app', at },
  { part: 'prisma', at },
  { part: 'clerk-webhooks', at },
];

export const fullStack: Pattern = {
  id: 'full-stack',
  title: 'Full-stack',
  hint: 'one Next.js app: Clerk middleware, server + client auth, API routes, webhook user sync via Prisma',
  options: ['--db'],
  mounts: () => [...fullStackApp('.'), { part: 'local-postgres', at: '.' }],
};
