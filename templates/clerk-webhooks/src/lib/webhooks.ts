import type { WebhookEvent } from '@clerk/nextjs/webhooks';
import type { PrismaClient } from '@/generated/prisma/client';

/**
 * What a Clerk webhook event does to the database, as a pure function of (event, db): the route
 * (src/app/api/webhooks/clerk/route.ts) verifies the signature and calls it; the tests call it with a
 * test database. Clerk delivers at least once and in no guaranteed order, so every branch is idempotent:
 * a repeat or a late delivery changes nothing and must not throw (an error status makes Clerk retry).
 *
 * Known limit: a user.created/updated retried after that user's user.deleted re-creates the row (nothing
 * remembers the deletion). If that matters to you, keep deleted Clerk ids (a tombstone table) and skip them.
 */
export type WebhookDb = Pick<PrismaClient, 'user'>;

/** The `data` of a user.created / user.updated event. */
export type UserJSON = Extract<WebhookEvent, { type: 'user.created' | 'user.updated' }>['data'];

export type WebhookResult = 'created' | 'updated' | 'stale' | 'deleted' | 'absent' | 'ignored';

export async function handleClerkEvent(event: WebhookEvent, db: WebhookDb): Promise<WebhookResult> {
  switch (event.type) {
    case 'user.created':
    case 'user.updated':
      return syncUser(event.data, db);
    case 'user.deleted': {
      if (!event.data.id) return 'ignored';
      const { count } = await db.user.deleteMany({ where: { clerkId: event.data.id } });
      return count > 0 ? 'deleted' : 'absent';
    }
    default:
      // Events this app does not use are acknowledged (2xx) so Clerk does not retry them.
      return 'ignored';
  }
}

/** The user's primary email address, or null (phone-only and username-only users have none). */
export function primaryEmail(user: Pick<UserJSON, 'email_addresses' | 'primary_email_address_id'>): string | null {
  const addresses = user.email_addresses ?? [];
  const primary = addresses.find((e) => e.id === user.primary_email_address_id) ?? addresses[0];
  return primary?.email_address?.toLowerCase() ?? null;
}

export function displayName(user: Pick<UserJSON, 'first_name' | 'last_name' | 'username'>): string | null {
  const full = [user.first_name, user.last_name].filter(Boolean).join(' ').trim();
  return full || user.username || null;
}

const MAX_ATTEMPTS = 3;

async function syncUser(user: UserJSON, db: WebhookDb): Promise<WebhookResult> {
  const clerkId = user.id;
  const email = primaryEmail(user);
  const fields = {
    email,
    name: displayName(user),
    clerkUpdatedAt: new Date(user.updated_at ?? Date.now()),
  };

  for (let attempt = 1; ; attempt++) {
    try {
      if (email) {
        // A deleted-then-recreated Clerk account comes back with a new id and the same email, which an
        // old row may still hold: the email is unique, so the newest owner takes it over.
        await db.user.updateMany({ where: { email, clerkId: { not: clerkId } }, data: { email: null } });
      }
      // Update only when this event is not older than what is stored (deliveries can arrive out of order).
      const { count } = await db.user.updateMany({
        where: { clerkId, OR: [{ clerkUpdatedAt: null }, { clerkUpdatedAt: { lte: fields.clerkUpdatedAt } }] },
        data: fields,
      });
      if (count > 0) return 'updated';
      if (await db.user.findUnique({ where: { clerkId }, select: { id: true } })) return 'stale';
      await db.user.create({ data: { clerkId, ...fields } });
      return 'created';
    } catch (error) {
      // Two deliveries racing to create the same user (or to take the same email): one wins, the other
      // gets a unique-constraint violation and goes round again, now finding the row.
      if (isUniqueViolation(error) && attempt < MAX_ATTEMPTS) continue;
      throw error;
    }
  }
}

/** Prisma's unique-constraint violation (P2002), without depending on the class identity. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}
