// A stand-in for Clerk's auth() in tests: what a verified session token says (user, active organization, role).
// The tests mock '@clerk/nextjs/server' with it: vi.mock('@clerk/nextjs/server', () => import('./tenant-auth')).

type Session = { userId: string; orgId?: string; orgRole?: string; orgSlug?: string } | null;

let session: Session = null;

/** Sets who the next auth() call sees: `null` is signed out; no orgId is "signed in, no active organization". */
export function signInAs(next: Session) {
  session = next;
}

export async function auth() {
  const s = session;
  const orgRole = s?.orgId ? (s.orgRole ?? 'org:member') : null;
  return {
    userId: s?.userId ?? null,
    orgId: s?.orgId ?? null,
    orgRole,
    orgSlug: s?.orgId ? (s.orgSlug ?? s.orgId) : null,
    // Clerk's has({ role }) compares against the session's active organization role.
    has: ({ role }: { role?: string }) => Boolean(s?.orgId && role && role === orgRole),
  };
}
