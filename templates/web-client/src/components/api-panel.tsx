'use client';

import { useAuth, useUser } from '@clerk/nextjs';
import { useState } from 'react';
import { getProfile } from '@/lib/api';

// A client component: Clerk's hooks read the session in the browser, and the browser calls the API
// directly (a cross-origin request: the API's CORS allows this app's origin, listed in its WEB_ORIGINS).
export function ApiPanel() {
  const { isLoaded, isSignedIn, user } = useUser();
  const { sessionId, getToken } = useAuth();
  const [apiResult, setApiResult] = useState<string | null>(null);

  if (!isLoaded) return <p className="muted">Loading session…</p>;
  if (!isSignedIn) return <p>Signed out.</p>;

  async function callApi() {
    // The API is another origin: the Clerk cookie is not sent there, the token must be (getToken() returns a
    // fresh one; session tokens live about a minute).
    const result = await getProfile(await getToken());
    setApiResult(result.ok ? `${result.status} ${JSON.stringify(result.data, null, 2)}` : `${result.status} ${result.error}`);
  }

  return (
    <div className="card">
      <h2>In the browser (useUser / useAuth)</h2>
      <p>
        Hello, {user.firstName ?? user.username ?? user.primaryEmailAddress?.emailAddress ?? 'there'}.
        <br />
        <span className="muted">Session: {sessionId}</span>
      </p>
      <button type="button" onClick={callApi}>
        Call GET /api/profile on the API
      </button>
      {apiResult && <pre>{apiResult}</pre>}
    </div>
  );
}
