import { auth } from '@clerk/nextjs/server';
import { findUserRow } from '@/lib/users';

// Protected API route. The proxy lets API requests through so that this route can answer 401 JSON
// itself (auth.protect() would redirect instead). Session from the cookie or `Authorization: Bearer`.
export async function GET() {
  const { userId } = await auth();
  if (!userId) {
    return Response.json({ error: 'unauthenticated' }, { status: 401 });
  }

  const row = await findUserRow(userId);
  if (!row.ok) {
    return Response.json({ error: 'database unavailable', userId }, { status: 503 });
  }
  // `user` is null until the user.created webhook has synced this user.
  return Response.json({ userId, user: row.user });
}
