import { db } from '@/lib/db';
import type { User } from '@/generated/prisma/client';

export type UserRowResult =
  | { ok: true; user: User | null }
  | { ok: false; error: string };

/**
 * The database row of a Clerk user. `user: null` is normal for a moment after sign-up: the row is written
 * by the `user.created` webhook, which may not have arrived yet (or cannot reach a localhost server).
 */
export async function findUserRow(clerkId: string): Promise<UserRowResult> {
  try {
    return { ok: true, user: await db.user.findUnique({ where: { clerkId } }) };
  } catch (error) {
    console.error('Database query failed:', error);
    return { ok: false, error: 'The database is not reachable or not migrated: run the db:migrate script.' };
  }
}
