import type { Part } from './types.js';

/**
 * Clerk Organizations as tenants, on top of the full-stack parts: the `Project` model and its migration
 * (prisma/migrations/1_organizations), the one tenant-scoping module (src/lib/tenant.ts: the organization
 * comes from auth() only, and data helpers need its Tenant), the tenant API (/api/tenant/projects), the
 * /select-org and /app/dashboard pages, and the membership/organization webhook handlers
 * (src/lib/memberships.ts, called from src/lib/webhooks.ts). The proxy, routes, layout, schema and README
 * of the other parts carry `{{#if has.organizations}}` blocks for it.
 */
export const organizations: Part = {
  id: 'organizations',
  summary: 'Clerk Organizations as tenants: org-required routes, /select-org, tenant-scoped Project API, membership webhooks',
  contribute: () => ({
    dependencies: ['@clerk/nextjs'],
    devDependencies: ['vitest'],
    env: [
      {
        key: 'NEXT_PUBLIC_CLERK_SIGN_IN_FALLBACK_REDIRECT_URL',
        value: '/app/dashboard',
        comment:
          'Where users land after signing in (when no redirect_url says otherwise): the tenant app. A user without an active\n' +
          'organization is sent on to /select-org by the proxy. Organizations must be enabled: Clerk Dashboard → Configure →\n' +
          'Organizations → Enable. For the membership webhooks, also subscribe the webhook endpoint to organization.deleted and\n' +
          'organizationMembership.created, organizationMembership.updated, organizationMembership.deleted.',
      },
      {
        key: 'NEXT_PUBLIC_CLERK_SIGN_UP_FALLBACK_REDIRECT_URL',
        value: '/app/dashboard',
        comment: 'Where users land after signing up: the tenant app, which sends them to /select-org to create or pick an organization.',
      },
    ],
  }),
};
