import { fullStackApp } from './full-stack.js';
import type { Pattern } from './types.js';

/** Full-stack plus the organizations part: every customer is a Clerk Organization, every tenant query scoped to it. */
export const multiTenant: Pattern = {
  id: 'multi-tenant',
  title: 'Multi-tenant',
  hint: 'full-stack + Clerk Organizations: org-required /app routes, /select-org, tenant-scoped projects, membership sync',
  options: ['--db'],
  mounts: () => [...fullStackApp('.'), { part: 'organizations', at: '.' }, { part: 'local-postgres', at: '.' }],
};
