// Calls to the Express API (apps/api) with the Clerk session token.
//
// EXPO_PUBLIC_API_URL is where the API listens *as seen from the phone*:
// - iOS simulator, web:       http://localhost:4000
// - Android emulator:         http://10.0.2.2:4000   (the emulator's alias for your computer)
// - a real device (Expo Go):  http://<your computer's LAN IP>:4000, e.g. http://192.168.1.20:4000,
//                             with the phone on the same Wi-Fi; `localhost` there is the phone itself.
// EXPO_PUBLIC_* values are inlined when the bundle is built: restart `expo start` after changing .env.
export const API_URL = (process.env.EXPO_PUBLIC_API_URL ?? 'http://localhost:4000').replace(/\/+$/, '');

export interface Profile {
  userId: string;
  /** The API's database row for this user; null until Clerk's user.created webhook has reached the API. */
  user: { id: string; clerkId: string; email: string | null; name: string | null } | null;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * GET /api/profile with `Authorization: Bearer <session token>`. Native apps have no cookies for the
 * API: without this header every request is signed out (401), even though the app shows a signed-in user.
 */
export async function fetchProfile(
  getToken: () => Promise<string | null>,
  fetchImpl: typeof fetch = fetch,
): Promise<Profile> {
  const token = await getToken(); // fresh for each request: session tokens live about a minute
  if (!token) throw new ApiError(401, 'Not signed in');
  let res: Response;
  try {
    res = await fetchImpl(`${API_URL}/api/profile`, { headers: { Authorization: `Bearer ${token}` } });
  } catch (error) {
    throw new ApiError(0, `Cannot reach the API at ${API_URL} (${(error as Error).message}). Is it running, and is EXPO_PUBLIC_API_URL right for this device?`);
  }
  const body = (await res.json().catch(() => null)) as (Profile & { error?: string }) | null;
  if (!res.ok) throw new ApiError(res.status, body?.error ?? `HTTP ${res.status}`);
  return body as Profile;
}
