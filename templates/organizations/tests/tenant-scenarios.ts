import { beforeEach, describe, expect, it } from 'vitest';
import { currentTenant, tenantDb, type Tenant, type TenantClient } from '@/lib/tenant';
import { signInAs } from './tenant-auth';

/** A Tenant the way the app gets one: from the session (auth() is mocked by the calling test file). */
export async function tenantFor(userId: string, orgId: string, orgRole = 'org:admin'): Promise<Tenant> {
  signInAs({ userId, orgId, orgRole });
  const state = await currentTenant();
  if (state.status !== 'ok') throw new Error(`expected a tenant, got ${state.status}`);
  return state.tenant;
}

/** The tenant-isolation contract, run against any database (the in-memory fake, a migrated SQLite file...). */
export function describeTenantScoping(label: string, setup: () => Promise<TenantClient>) {
  describe(`tenantDb (${label})`, () => {
    let client: TenantClient;
    beforeEach(async () => {
      client = await setup();
    });

    it("a tenant sees and changes only its own organization's projects", async () => {
      const a = tenantDb(await tenantFor('user_a', 'org_A'), client);
      const b = tenantDb(await tenantFor('user_b', 'org_B'), client);
      const first = await a.projects.create({ name: 'Apollo' });
      const second = await a.projects.create({ name: 'Gemini' });
      expect(first).toMatchObject({ name: 'Apollo', organizationId: 'org_A', createdBy: 'user_a' });

      expect((await a.projects.list()).map((p) => p.name).sort()).toEqual(['Apollo', 'Gemini']);
      expect(await b.projects.list()).toEqual([]);
      expect(await b.projects.get(first.id)).toBeNull();
      expect(await b.projects.remove(first.id)).toBe(false);
      expect(await a.projects.get(first.id)).toMatchObject({ id: first.id, name: 'Apollo' });

      expect(await a.projects.remove(second.id)).toBe(true);
      expect(await a.projects.remove(second.id)).toBe(false);
      expect((await a.projects.list()).map((p) => p.id)).toEqual([first.id]);
    });

    it('an organizationId smuggled into the input is ignored', async () => {
      const a = tenantDb(await tenantFor('user_a', 'org_A'), client);
      const project = await a.projects.create({ name: 'Sneaky', organizationId: 'org_B', createdBy: 'user_x' } as { name: string });
      expect(project).toMatchObject({ organizationId: 'org_A', createdBy: 'user_a' });
      const b = tenantDb(await tenantFor('user_b', 'org_B'), client);
      expect(await b.projects.list()).toEqual([]);
    });

    it('lists newest first', async () => {
      const a = tenantDb(await tenantFor('user_a', 'org_A'), client);
      const one = await a.projects.create({ name: 'one' });
      await new Promise((r) => setTimeout(r, 5));
      const two = await a.projects.create({ name: 'two' });
      expect((await a.projects.list()).map((p) => p.id)).toEqual([two.id, one.id]);
    });
  });
}
