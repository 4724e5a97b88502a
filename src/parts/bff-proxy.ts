import type { Part } from './types.js';

/**
 * The backend-for-frontend route of the web app: `/api/services/<service>/<path>` forwards a signed-in user's
 * request to one of the generated services (src/lib/services.ts, a fixed registry: any other name is a 404 with
 * no outbound request), with a token from that service's Clerk JWT template as `Authorization: Bearer`.
 */
export const bffProxy: Part = {
  id: 'bff-proxy',
  summary: 'BFF route /api/services/<name>/...: fixed service registry, JWT template token per service, timeout, 502',
  contribute: (ctx) => ({
    dependencies: ['@clerk/nextjs', 'next'],
    devDependencies: ['vitest'],
    env: [
      ...ctx.services.map((s) => ({
        key: `${s.name.replace(/-/g, '_').toUpperCase()}_URL`,
        value: `http://localhost:${s.port}`,
        comment:
          `Base URL of the ${s.name} service (${s.lang}), reached by /api/services/${s.name}/... with a token from the Clerk JWT\n` +
          `template "${s.name}" (Clerk Dashboard → JWT templates). compose.yaml sets it to http://${s.name}:${s.port}.`,
      })),
      {
        key: 'SERVICES_TIMEOUT_MS',
        value: '10000',
        comment: 'How long the web app waits for a service before answering 504 (milliseconds).',
      },
    ],
  }),
};
