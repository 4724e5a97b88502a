'use client';

import { useAuth, useUser } from '@clerk/nextjs';
import { useState } from 'react';

// A client component: Clerk's hooks read the session in the browser. It also calls the protected API
// route with the session cookie, the way any client code in this app would.
export function SessionPanel() {
  const { isLoaded, isSignedIn, user } = useUser();
  const { sessionId, getToken } = useAuth();
  const [apiResult, setApiResult] = useState<string | null>(null);

  if (!isLoaded) return <p className="muted">Loading session…</p>;
  if (!isSignedIn) return <p>Signed out.</p>;

  async function callApi() {
    // Same-origin requests carry the session cookie; a Bearer token works too (and is what other
    // origins, mobile apps and services use).
    const token = await getToken();
    const res = await fetch('/api/me', { headers: token ? { Authorization: `Bearer ${token}` } : {} });
    setApiResult(`${res.status} ${JSON.stringify(await res.json(), null, 2)}`);
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
        Call GET /api/me
      </button>
      {apiResult && <pre>{apiResult}</pre>}
    </div>
  );
}
