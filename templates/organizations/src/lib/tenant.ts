import { auth } from '@clerk/nextjs/server';
import { db } from '@/lib/db';
import type { PrismaClient, Project } from '@/generated/prisma/client';
import { selectOrgUrl } from '@/lib/routes';

/**
 * THE tenant boundary. Every query on tenant data (Project, and any model you add with an organizationId)
 * goes through `tenantDb(tenant)`, and a `Tenant` only comes from `requireTenant()` / `currentTenant()`, which
 * read the active organization from the verified session (`auth()`): never from the request body, the query
 * string or a header, which the client controls. A tenant forged by hand (`{ orgId: 'org_x' }`) is refused.
 *
 *   const check = await requireTenant();               // 401 signed out, 403 without an active organization
 *   if (!check.ok) return check.response;
 *   const projects = await tenantDb(check.tenant).projects.list();
 */

/** The roles Clerk creates for every organization. Add your custom role keys here. */
export type OrgRole = 'org:admin' | 'org:member';

const issued = new WeakSet<object>();
declare const tenantBrand: unique symbol;

/** The signed-in user acting inside their active organization. Only this module creates one. */
export interface Tenant {
  readonly userId: string;
  /** The active organization (`org_...`): the scope of every tenant query. */
  readonly orgId: string;
  readonly orgSlug: string | null;
  /** e.g. `org:admin`, `org:member`. */
  readonly orgRole: string | null;
  /** Clerk's `has({ role })`, evaluated against the session. */
  readonly hasRole: (role: OrgRole) => boolean;
  readonly [tenantBrand]: true;
}

export type TenantState =
  | { status: 'signed-out' }
  | { status: 'no-organization'; userId: string }
  | { status: 'ok'; tenant: Tenant };

/** Who is asking and in which organization, from the session alone. For pages (which redirect on their own terms). */
export async function currentTenant(): Promise<TenantState> {
  const { userId, orgId, orgSlug, orgRole, has } = await auth();
  if (!userId) return { status: 'signed-out' };
  if (!orgId) return { status: 'no-organization', userId };
  const tenant = {
    userId,
    orgId,
    orgSlug: orgSlug ?? null,
    orgRole: orgRole ?? null,
    hasRole: (role: OrgRole) => has({ role }),
  } as Tenant;
  issued.add(Object.freeze(tenant));
  return { status: 'ok', tenant };
}

export type TenantCheck = { ok: true; tenant: Tenant } | { ok: false; response: Response };

/**
 * For route handlers: the tenant, or the response to send instead. 401 signed out; 403 without an active
 * organization (with where to pick one) or without `role` when one is required. Never a redirect.
 */
export async function requireTenant(options: { role?: OrgRole } = {}): Promise<TenantCheck> {
  const state = await currentTenant();
  if (state.status === 'signed-out') {
    return { ok: false, response: Response.json({ error: 'unauthenticated' }, { status: 401 }) };
  }
  if (state.status === 'no-organization') {
    return { ok: false, response: Response.json({ error: 'no active organization', selectOrgUrl }, { status: 403 }) };
  }
  if (options.role && !state.tenant.hasRole(options.role)) {
    return { ok: false, response: Response.json({ error: 'forbidden', requiredRole: options.role }, { status: 403 }) };
  }
  return { ok: true, tenant: state.tenant };
}

/** The part of PrismaClient the tenant helpers use (a test can pass another implementation). */
export type TenantClient = Pick<PrismaClient, 'project'>;

export const PROJECT_NAME_MAX = 100;

/**
 * Data helpers bound to one tenant: each query carries `organizationId: tenant.orgId`, so another
 * organization's rows are invisible (a foreign id is simply "not found").
 */
export function tenantDb(tenant: Tenant, client: TenantClient = db) {
  if (!issued.has(tenant)) {
    throw new Error('tenantDb() needs the Tenant returned by requireTenant()/currentTenant(): the organization must come from the session.');
  }
  const scope = { organizationId: tenant.orgId } as const;

  return {
    tenant,
    projects: {
      /** This organization's projects, newest first. */
      list(): Promise<Project[]> {
        return client.project.findMany({ where: scope, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
      },
      /** One project of this organization, or null (also for another organization's id). */
      get(id: string): Promise<Project | null> {
        return client.project.findFirst({ where: { id, ...scope } });
      },
      /** Creates a project in this organization. Only the name comes from the caller. */
      create(input: { name: string }): Promise<Project> {
        return client.project.create({ data: { name: input.name, ...scope, createdBy: tenant.userId } });
      },
      /** Deletes a project of this organization; false when there is none with that id here. */
      async remove(id: string): Promise<boolean> {
        const { count } = await client.project.deleteMany({ where: { id, ...scope } });
        return count > 0;
      },
    },
  };
}

export type TenantDb = ReturnType<typeof tenantDb>;

/** A project name from untrusted input: trimmed, 1 to PROJECT_NAME_MAX characters, else null. */
export function parseProjectName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const name = value.trim();
  return name.length >= 1 && name.length <= PROJECT_NAME_MAX ? name : null;
}
