// Calls from this web app to the shared Express API (apps/api), which owns the database.
//
// The API knows who is calling only from `Authorization: Bearer <Clerk session token>`: it is another origin,
// so the browser's Clerk cookie never reaches it. Every call below sends a fresh token:
// - on the server: `(await auth()).getToken()` (see src/app/dashboard/page.tsx);
// - in the browser: `useAuth().getToken()` (see src/components/api-panel.tsx).
// A call without the header is signed out for the API: it answers 401 {"error":"unauthenticated"}.

/** The user as the API returns it from GET /api/profile. */
export interface Profile {
  userId: string;
  /** The API's database row for this user: null until Clerk's user.created webhook has reached the API. */
  user: { id: string; clerkId: string; email: string | null; name: string | null; createdAt: string } | null;
}

export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number; error: string };

/**
 * Where the API listens. Server code prefers API_URL (it may be a private address, e.g. http://api:4000 in
 * docker compose); the browser can only use NEXT_PUBLIC_API_URL, which is built into the client bundle.
 */
export function apiUrl(): string {
  const url = typeof window === 'undefined' ? process.env.API_URL || process.env.NEXT_PUBLIC_API_URL : process.env.NEXT_PUBLIC_API_URL;
  return (url || 'http://localhost:4000').replace(/\/+$/, '');
}

/** GET `path` on the API with the session token. Never throws: the page shows the error instead. */
export async function callApi<T>(path: string, token: string | null | undefined, options: { base?: string; fetch?: typeof fetch } = {}): Promise<ApiResult<T>> {
  if (!token) return { ok: false, status: 401, error: 'Not signed in: no session token to send.' };
  const base = options.base ?? apiUrl();
  const doFetch = options.fetch ?? fetch;
  let res: Response;
  try {
    res = await doFetch(`${base}${path}`, {
      headers: { Authorization: `Bearer ${token}` },
      cache: 'no-store',
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    return { ok: false, status: 0, error: `Cannot reach the API at ${base} (${(error as Error).message}). Is it running (apps/api)?` };
  }
  const body = (await res.json().catch(() => null)) as (T & { error?: string }) | null;
  if (!res.ok) {
    const hint = res.status === 401 ? ' (token missing, expired, from another Clerk instance, or this origin is not in the API\'s WEB_ORIGINS)' : '';
    return { ok: false, status: res.status, error: `${body?.error ?? `HTTP ${res.status}`}${hint}` };
  }
  return { ok: true, status: res.status, data: body as T };
}

/** GET /api/profile: the signed-in user and their row in the API's database. */
export const getProfile = (token: string | null | undefined, options?: { base?: string; fetch?: typeof fetch }) =>
  callApi<Profile>('/api/profile', token, options);
