import { fullStackApp } from './full-stack.js';
import type { Pattern } from './types.js';

/**
 * A workspace: the full-stack Next.js app as a backend-for-frontend (plus the bff-proxy route) in apps/web, one
 * downstream service per `--services` entry in services/<name> (Node, Python or Go, each verifying Clerk JWT
 * template tokens itself), and docker compose for the whole set.
 */
export const microservices: Pattern = {
  id: 'microservices',
  title: 'Microservices',
  hint: 'workspace: Next.js BFF proxying to Node/Python/Go services with per-service Clerk JWT templates, docker compose',
  options: ['--services', '--db'],
  mounts: ({ services }) => [
    { part: 'workspace', at: '.' },
    ...fullStackApp('apps/web'),
    { part: 'bff-proxy', at: 'apps/web' },
    ...services.map((service) => ({ part: `service-${service.lang}` as const, at: `services/${service.name}`, service })),
    { part: 'compose', at: '.' },
  ],
};
