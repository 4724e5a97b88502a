import { beforeEach, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { handleClerkEvent } from '@/lib/webhooks';
import { userCreated, userDeleted } from './clerk-events';
import { membershipCreated, membershipDeleted, membershipUpdated, organizationDeleted } from './org-events';

/** The membership and organization webhook contract, run against any database (in-memory fake, SQLite file...). */
export function describeMembershipHandlers(label: string, setup: () => Promise<PrismaClient>) {
  describe(`organization webhooks (${label})`, () => {
    let db: PrismaClient;
    const handle = (event: Parameters<typeof handleClerkEvent>[0]) => handleClerkEvent(event, db);
    const memberships = async () =>
      (await db.orgMembership.findMany({ select: { userId: true, orgId: true, role: true } })).sort((a, b) =>
        `${a.orgId}/${a.userId}`.localeCompare(`${b.orgId}/${b.userId}`),
      );

    beforeEach(async () => {
      db = await setup();
      await handle(userCreated('user_1', { email: 'one@example.com' }));
      await handle(userCreated('user_2', { email: 'two@example.com' }));
    });

    it('organizationMembership.created writes the membership with its role', async () => {
      expect(await handle(membershipCreated('org_A', 'user_1', { role: 'org:admin' }))).toBe('created');
      expect(await memberships()).toEqual([{ userId: 'user_1', orgId: 'org_A', role: 'org:admin' }]);
    });

    it('a repeated delivery leaves one row and does not throw', async () => {
      const event = membershipCreated('org_A', 'user_1');
      await handle(event);
      await handle(event);
      await handle(event);
      expect(await memberships()).toEqual([{ userId: 'user_1', orgId: 'org_A', role: 'org:member' }]);
    });

    it('organizationMembership.updated changes the role', async () => {
      await handle(membershipCreated('org_A', 'user_1', { updatedAt: 1000 }));
      expect(await handle(membershipUpdated('org_A', 'user_1', { role: 'org:admin', updatedAt: 2000 }))).toBe('updated');
      expect(await memberships()).toEqual([{ userId: 'user_1', orgId: 'org_A', role: 'org:admin' }]);
    });

    it('an update arriving before the create (out of order) wins; the late create does not roll it back', async () => {
      expect(await handle(membershipUpdated('org_A', 'user_1', { role: 'org:admin', updatedAt: 2000 }))).toBe('created');
      expect(await handle(membershipCreated('org_A', 'user_1', { role: 'org:member', updatedAt: 1000 }))).toBe('stale');
      expect(await memberships()).toEqual([{ userId: 'user_1', orgId: 'org_A', role: 'org:admin' }]);
    });

    it('organizationMembership.deleted removes the row; a repeat or an unknown membership is a no-op', async () => {
      await handle(membershipCreated('org_A', 'user_1'));
      await handle(membershipCreated('org_B', 'user_1'));
      expect(await handle(membershipDeleted('org_A', 'user_1'))).toBe('deleted');
      expect(await handle(membershipDeleted('org_A', 'user_1'))).toBe('absent');
      expect(await handle(membershipDeleted('org_Z', 'user_9'))).toBe('absent');
      expect(await memberships()).toEqual([{ userId: 'user_1', orgId: 'org_B', role: 'org:member' }]);
    });

    it('a membership for a user not synced yet is stored; the late user.created completes the user', async () => {
      expect(await handle(membershipCreated('org_A', 'user_new', { role: 'org:admin' }))).toBe('created');
      expect(await memberships()).toContainEqual({ userId: 'user_new', orgId: 'org_A', role: 'org:admin' });
      await handle(userCreated('user_new', { email: 'new@example.com' }));
      const users = await db.user.findMany({ where: { clerkId: 'user_new' } });
      expect(users.map((u) => u.email)).toEqual(['new@example.com']);
    });

    it('concurrent deliveries of the same membership leave one row', async () => {
      const event = membershipCreated('org_A', 'user_3', { role: 'org:admin' });
      const results = await Promise.all([handle(event), handle(event), handle(event)]);
      expect(results).toContain('created');
      expect(await memberships()).toEqual([{ userId: 'user_3', orgId: 'org_A', role: 'org:admin' }]);
    });

    it("organization.deleted removes the organization's memberships and projects, nothing else", async () => {
      await handle(membershipCreated('org_A', 'user_1'));
      await handle(membershipCreated('org_A', 'user_2'));
      await handle(membershipCreated('org_B', 'user_1'));
      await db.project.create({ data: { name: 'a', organizationId: 'org_A', createdBy: 'user_1' } });
      await db.project.create({ data: { name: 'b', organizationId: 'org_B', createdBy: 'user_1' } });
      expect(await handle(organizationDeleted('org_A'))).toBe('deleted');
      expect(await handle(organizationDeleted('org_A'))).toBe('absent');
      expect(await memberships()).toEqual([{ userId: 'user_1', orgId: 'org_B', role: 'org:member' }]);
      expect((await db.project.findMany()).map((p) => p.organizationId)).toEqual(['org_B']);
      expect(await db.user.count()).toBe(2);
    });

    it("user.deleted takes the user's memberships with it", async () => {
      await handle(membershipCreated('org_A', 'user_1'));
      await handle(membershipCreated('org_A', 'user_2'));
      await handle(userDeleted('user_1'));
      expect(await memberships()).toEqual([{ userId: 'user_2', orgId: 'org_A', role: 'org:member' }]);
    });
  });
}
