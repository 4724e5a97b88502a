import type { UserJSON } from '@clerk/express';
import type { Db } from './db.js';
import { Prisma } from './generated/prisma/client.js';

/** The user's primary email, or null (phone- or username-only sign-ups have none). */
export function primaryEmail(data: Pick<UserJSON, 'email_addresses' | 'primary_email_address_id'>): string | null {
  const emails = data.email_addresses ?? [];
  const primary = emails.find((e) => e.id === data.primary_email_address_id) ?? emails[0];
  return primary?.email_address?.toLowerCase() ?? null;
}

function displayName(data: Pick<UserJSON, 'first_name' | 'last_name'>): string | null {
  return [data.first_name, data.last_name].filter(Boolean).join(' ') || null;
}

/** P2002: a unique index refused the write; P2034: write conflict or deadlock. Both mean "try again". */
function isRetryable(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && (error.code === 'P2002' || error.code === 'P2034');
}

/**
 * user.created / user.updated: create or update the row. Safe to repeat and to receive out of order.
 * If another row still holds this email (an account deleted and recreated in Clerk gets a new id while
 * the old row may linger), that row gives the email up. Deliveries racing for the same rows collide on a
 * unique index (P2002) or deadlock (P2034): the loser retries, and its retry sees the winner's row.
 */
export async function upsertUser(db: Db, data: UserJSON) {
  const email = primaryEmail(data);
  const fields = { email, name: displayName(data) };
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        if (email) {
          await tx.user.updateMany({ where: { email, NOT: { clerkId: data.id } }, data: { email: null } });
        }
        return tx.user.upsert({ where: { clerkId: data.id }, create: { clerkId: data.id, ...fields }, update: fields });
      });
    } catch (error) {
      if (!isRetryable(error) || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40 * attempt));
    }
  }
}

/** user.deleted: delete the row if there is one (a repeat or an unknown user is not an error). */
export async function deleteUser(db: Db, clerkId: string | undefined): Promise<number> {
  if (!clerkId) return 0;
  const { count } = await db.user.deleteMany({ where: { clerkId } });
  return count;
}
