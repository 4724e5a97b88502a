import type { Part } from './types.js';

/**
 * The web app's calls to a separate API (mobile-web: apps/api), mounted beside next-app WITHOUT prisma: the
 * dashboard (server side: `(await auth()).getToken()`) and a client panel (`useAuth().getToken()`) call
 * `GET /api/profile` with `Authorization: Bearer`, through `src/lib/api.ts`. next-app's database pages
 * (`{{#if has.prisma}}`) are left out, and this part gives `/dashboard` and the app's README instead.
 */
export const webClient: Part = {
  id: 'web-client',
  summary: 'Next.js pages that call a separate API with the Clerk session token (server and browser), no database',
  shell: ['README.md'],
  contribute: () => ({
    env: [
      {
        key: 'API_URL',
        value: 'http://localhost:4000',
        comment: 'The API (apps/api) as this server reaches it: server components call it with the session token',
      },
      {
        key: 'NEXT_PUBLIC_API_URL',
        value: 'http://localhost:4000',
        comment:
          "The API as the browser reaches it (built into the client bundle: rebuild after a change). This app's origin\n" +
          "must be in the API's WEB_ORIGINS (CORS and the token's azp).",
      },
    ],
  }),
};
