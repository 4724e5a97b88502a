import type { Pattern } from './types.js';

export const fullStack: Pattern = {
  id: 'full-stack',
  title: 'Full-stack',
  hint: 'one Next.js app: Clerk middleware, server + client auth, API routes, webhook user sync via Prisma',
  options: ['--db'],
  mounts: () => [
    { part: 'next-app', at: '.' },
    { part: 'prisma', at: '.' },
    { part: 'clerk-webhooks', at: '.' },
  ],
};
