import type { WebhookEvent } from '@clerk/nextjs/webhooks';
import type { PrismaClient } from '@/generated/prisma/client';
import type { WebhookResult } from '@/lib/webhooks';

/**
 * Organization webhooks → the database, called by handleClerkEvent (src/lib/webhooks.ts). Like the user
 * sync, every branch is idempotent and order-tolerant: a repeat changes nothing, an older membership event
 * never overwrites a newer one (`clerkUpdatedAt`), and nothing throws for a repeat or a late delivery.
 *
 * - organizationMembership.created / .updated → the OrgMembership row (userId, orgId) with the current role.
 *   A membership can arrive before its user's user.created: a stub User (Clerk id only) is written so the
 *   foreign key holds, and user.created fills it in later.
 * - organizationMembership.deleted → the row is removed (absent already: fine).
 * - organization.deleted → the organization's memberships AND its projects are deleted: Clerk has deleted the
 *   tenant, so its data goes too. Keep them instead (archive) by removing the project deletion below.
 *
 * Known limit: a membership.created/updated retried after that membership's deletion re-creates the row.
 * Access is not affected (it comes from the session token, not this table).
 */
export type OrganizationsDb = Pick<PrismaClient, 'user' | 'orgMembership' | 'project'>;

/** The `data` of an organizationMembership.* event. */
export type MembershipJSON = Extract<
  WebhookEvent,
  { type: 'organizationMembership.created' | 'organizationMembership.updated' | 'organizationMembership.deleted' }
>['data'];

const MAX_ATTEMPTS = 3;

export async function syncMembership(membership: MembershipJSON, db: OrganizationsDb): Promise<WebhookResult> {
  const userId = membership.public_user_data?.user_id;
  const orgId = membership.organization?.id;
  if (!userId || !orgId) return 'ignored';
  const role = membership.role;
  const clerkUpdatedAt = new Date(membership.updated_at ?? Date.now());

  for (let attempt = 1; ; attempt++) {
    try {
      // The user may not be synced yet (user.created not arrived): a stub row satisfies the foreign key.
      if (!(await db.user.findUnique({ where: { clerkId: userId }, select: { id: true } }))) {
        await db.user.create({ data: { clerkId: userId } });
      }
      // Apply only when this event is not older than what is stored (deliveries can arrive out of order).
      const { count } = await db.orgMembership.updateMany({
        where: { userId, orgId, OR: [{ clerkUpdatedAt: null }, { clerkUpdatedAt: { lte: clerkUpdatedAt } }] },
        data: { role, clerkUpdatedAt },
      });
      if (count > 0) return 'updated';
      if (await db.orgMembership.findUnique({ where: { userId_orgId: { userId, orgId } }, select: { id: true } })) return 'stale';
      await db.orgMembership.create({ data: { userId, orgId, role, clerkUpdatedAt } });
      return 'created';
    } catch (error) {
      // Concurrent deliveries racing to create the same user stub or membership: go round again.
      if (isUniqueViolation(error) && attempt < MAX_ATTEMPTS) continue;
      throw error;
    }
  }
}

export async function deleteMembership(membership: MembershipJSON, db: OrganizationsDb): Promise<WebhookResult> {
  const userId = membership.public_user_data?.user_id;
  const orgId = membership.organization?.id;
  if (!userId || !orgId) return 'ignored';
  const { count } = await db.orgMembership.deleteMany({ where: { userId, orgId } });
  return count > 0 ? 'deleted' : 'absent';
}

/** organization.deleted: the tenant is gone in Clerk; its memberships and its projects go too. */
export async function deleteOrganization(orgId: string | undefined, db: OrganizationsDb): Promise<WebhookResult> {
  if (!orgId) return 'ignored';
  const memberships = await db.orgMembership.deleteMany({ where: { orgId } });
  // The one tenant-data write outside src/lib/tenant.ts: no session here, Clerk's signed event is the authority.
  const projects = await db.project.deleteMany({ where: { organizationId: orgId } });
  return memberships.count + projects.count > 0 ? 'deleted' : 'absent';
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}
