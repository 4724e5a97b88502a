import { auth, currentUser } from '@clerk/nextjs/server';
import { redirect } from 'next/navigation';
import { Suspense } from 'react';
import { SessionPanel } from '@/components/session-panel';
import { signInUrl } from '@/lib/routes';
import { findUserRow } from '@/lib/users';

// A protected server component: src/proxy.ts already sends signed-out visitors to sign-in.
// The part that reads the session sits inside <Suspense>: with Next's Cache Components (`cacheComponents`,
// on by default in new create-next-app projects) request data outside a Suspense boundary fails the build.
export default function DashboardPage() {
  return (
    <>
      <h1>Dashboard</h1>
      <Suspense fallback={<p className="muted">Loading your account…</p>}>
        <Dashboard />
      </Suspense>
    </>
  );
}

async function Dashboard() {
  const { userId, sessionId } = await auth();
  if (!userId) redirect(signInUrl);

  // currentUser() calls Clerk's Backend API. If that fails (no network, wrong CLERK_SECRET_KEY) the page
  // still renders from the session and the database instead of failing with a 500.
  let profile: { name: string | null; email: string | null } | null = null;
  let clerkError: string | null = null;
  try {
    const user = await currentUser();
    if (user) {
      profile = {
        name: user.fullName ?? user.username,
        email: user.primaryEmailAddress?.emailAddress ?? null,
      };
    }
  } catch (error) {
    console.error('currentUser() failed:', error);
    clerkError = 'Could not load your profile from Clerk (check CLERK_SECRET_KEY and the network).';
  }

  const row = await findUserRow(userId);

  return (
    <>
      <div className="card">
        <h2>On the server (auth / currentUser)</h2>
        <p>
          User id: <code>{userId}</code>
          <br />
          <span className="muted">Session: {sessionId}</span>
        </p>
        {profile && (
          <p>
            {profile.name ?? 'No name'} · {profile.email ?? 'no email address'}
          </p>
        )}
        {clerkError && <p className="muted">{clerkError}</p>}
      </div>

      <div className={row.ok && row.user ? 'card' : 'card warning'}>
        <h2>In the database</h2>
        {!row.ok && <p>{row.error}</p>}
        {row.ok && row.user && (
          <p>
            Synced: {row.user.email ?? 'no email address'} · since {row.user.createdAt.toISOString()}
          </p>
        )}
        {row.ok && !row.user && (
          <p>
            Your account exists in Clerk but not yet in the database. The <code>user.created</code> webhook
            writes it: if this does not change after a reload, check that Clerk can reach{' '}
            <code>/api/webhooks/clerk</code> (a tunnel in development) and that CLERK_WEBHOOK_SIGNING_SECRET is
            set.
          </p>
        )}
      </div>

      <SessionPanel />
    </>
  );
}
