import { auth } from '@clerk/nextjs/server';
import { redirect } from 'next/navigation';
import { Suspense } from 'react';
import { ApiPanel } from '@/components/api-panel';
import { getProfile } from '@/lib/api';
import { signInUrl } from '@/lib/routes';

// A protected server component: src/proxy.ts already sends signed-out visitors to sign-in.
// The part that reads the session sits inside <Suspense>: with Next's Cache Components (`cacheComponents`),
// request data outside a Suspense boundary fails the build.
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
  const { userId, sessionId, getToken } = await auth();
  if (!userId) redirect(signInUrl);

  // This app has no database: the API (apps/api) owns it. The server calls the API with this request's
  // session token as `Authorization: Bearer` (without it the API answers 401).
  const profile = await getProfile(await getToken());

  return (
    <>
      <div className="card">
        <h2>On the server (auth)</h2>
        <p>
          User id: <code>{userId}</code>
          <br />
          <span className="muted">Session: {sessionId}</span>
        </p>
      </div>

      <div className={profile.ok && profile.data.user ? 'card' : 'card warning'}>
        <h2>From the API (GET /api/profile, called by the server)</h2>
        {!profile.ok && (
          <p data-testid="api-error">
            {profile.status || 'No answer'}: {profile.error}
          </p>
        )}
        {profile.ok && profile.data.user && (
          <p data-testid="api-user">
            Synced: {profile.data.user.email ?? 'no email address'} · {profile.data.user.name ?? 'no name'}
          </p>
        )}
        {profile.ok && !profile.data.user && (
          <p>
            Your account exists in Clerk but not yet in the API&apos;s database. Clerk&apos;s <code>user.created</code>{' '}
            webhook writes it: check that Clerk can reach the API&apos;s <code>/api/webhooks/clerk</code> (a tunnel in
            development) and that the API&apos;s CLERK_WEBHOOK_SIGNING_SECRET is set.
          </p>
        )}
      </div>

      <ApiPanel />
    </>
  );
}
