import { describe, expect, it, vi } from 'vitest';
import { currentTenant, parseProjectName, requireTenant, tenantDb, type Tenant } from '@/lib/tenant';
import { createFakeOrgDb } from './fake-org-db';
import { signInAs } from './tenant-auth';
import { describeTenantScoping } from './tenant-scenarios';

// src/lib/tenant.ts with auth() replaced by a session the test sets, and an in-memory database: no server,
// no network. (tenant.sqlite.test.ts runs the same scoping scenarios against a migrated SQLite file.)
vi.mock('@clerk/nextjs/server', () => import('./tenant-auth'));
vi.mock('@/lib/db', () => ({ db: {} }));

describeTenantScoping('in-memory database', async () => createFakeOrgDb().client);

describe('requireTenant', () => {
  it('signed out: 401 JSON', async () => {
    signInAs(null);
    const check = await requireTenant();
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.response.status).toBe(401);
    expect(await check.response.json()).toEqual({ error: 'unauthenticated' });
  });

  it('signed in without an active organization: 403 JSON pointing at /select-org', async () => {
    signInAs({ userId: 'user_1' });
    expect(await currentTenant()).toEqual({ status: 'no-organization', userId: 'user_1' });
    const check = await requireTenant();
    if (check.ok) throw new Error('expected a 403');
    expect(check.response.status).toBe(403);
    expect(await check.response.json()).toEqual({ error: 'no active organization', selectOrgUrl: '/select-org' });
  });

  it('the organization and role come from the session', async () => {
    signInAs({ userId: 'user_1', orgId: 'org_A', orgRole: 'org:member', orgSlug: 'acme' });
    const check = await requireTenant();
    if (!check.ok) throw new Error(`expected a tenant, got ${check.response.status}`);
    expect(check.tenant).toMatchObject({ userId: 'user_1', orgId: 'org_A', orgRole: 'org:member', orgSlug: 'acme' });
    expect(check.tenant.hasRole('org:member')).toBe(true);
    expect(check.tenant.hasRole('org:admin')).toBe(false);
  });

  it("a role requirement: a member gets 403, an admin passes", async () => {
    signInAs({ userId: 'user_1', orgId: 'org_A', orgRole: 'org:member' });
    const member = await requireTenant({ role: 'org:admin' });
    if (member.ok) throw new Error('a member must not pass');
    expect(member.response.status).toBe(403);
    expect(await member.response.json()).toEqual({ error: 'forbidden', requiredRole: 'org:admin' });

    signInAs({ userId: 'user_2', orgId: 'org_A', orgRole: 'org:admin' });
    expect((await requireTenant({ role: 'org:admin' })).ok).toBe(true);
  });
});

describe('tenantDb', () => {
  it('refuses a tenant that did not come from the session', () => {
    const forged = { userId: 'user_1', orgId: 'org_B', orgSlug: null, orgRole: 'org:admin', hasRole: () => true } as unknown as Tenant;
    expect(() => tenantDb(forged, createFakeOrgDb().client)).toThrow(/requireTenant/);
  });

  it('a tenant cannot be altered to point at another organization', async () => {
    signInAs({ userId: 'user_1', orgId: 'org_A', orgRole: 'org:admin' });
    const state = await currentTenant();
    if (state.status !== 'ok') throw new Error('expected a tenant');
    expect(() => {
      (state.tenant as { orgId: string }).orgId = 'org_B';
    }).toThrow();
    expect(state.tenant.orgId).toBe('org_A');
  });
});

describe('parseProjectName', () => {
  it('trims; 1 to 100 characters; anything else is null', () => {
    expect(parseProjectName('  Apollo ')).toBe('Apollo');
    expect(parseProjectName('')).toBeNull();
    expect(parseProjectName('   ')).toBeNull();
    expect(parseProjectName('x'.repeat(101))).toBeNull();
    expect(parseProjectName(42)).toBeNull();
    expect(parseProjectName(undefined)).toBeNull();
  });
});
