import type { Part } from './types.js';

/**
 * `POST /api/webhooks/clerk`: verifies Clerk's signature (verifyWebhook) and syncs users into the database
 * through a pure handler (src/lib/webhooks.ts) that survives repeats, out-of-order deliveries, missing
 * emails, recreated accounts and concurrent creates. Its tests run against an in-memory database (and a
 * migrated SQLite file when the project uses SQLite).
 */
export const clerkWebhooks: Part = {
  id: 'clerk-webhooks',
  summary: 'Clerk webhook route: verified signature, idempotent user sync (created/updated/deleted) into Prisma',
  contribute: (ctx) => ({
    dependencies: ['@clerk/nextjs'],
    devDependencies: ['vitest'],
    env: [
      {
        key: 'CLERK_WEBHOOK_SIGNING_SECRET',
        value: '',
        comment:
          'Clerk Dashboard → Configure → Webhooks → Add Endpoint: URL https://<your host>/api/webhooks/clerk, events user.created,\n' +
          `user.updated, user.deleted${ctx.has.organizations ? ', organization.deleted, organizationMembership.created,\norganizationMembership.updated, organizationMembership.deleted' : ''}; then copy its Signing Secret (whsec_...).\n` +
          'In development Clerk cannot reach localhost: expose it with a tunnel (ngrok, cloudflared) and use the tunnel URL.',
      },
    ],
  }),
};
