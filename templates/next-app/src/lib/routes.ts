// Which routes are public, which are API routes, and the auth options read from the environment.
// Used by src/proxy.ts; kept free of Next.js imports so the tests can check them directly.

/**
 * Reachable without signing in. The sign-in and sign-up pages MUST stay public: protecting them sends
 * signed-out users to sign-in forever (a redirect loop). Webhooks carry no session: their signature is
 * their proof.
 */
export const publicRoutes = ['/', '/sign-in(.*)', '/sign-up(.*)', '/api/webhooks(.*)'];

/** Routes that answer 401 JSON themselves instead of redirecting to the sign-in page. */
export const apiRoutes = ['/api(.*)', '/trpc(.*)'];

export const signInUrl = process.env.NEXT_PUBLIC_CLERK_SIGN_IN_URL || '/sign-in';
export const signUpUrl = process.env.NEXT_PUBLIC_CLERK_SIGN_UP_URL || '/sign-up';

/** `https://app.example.com, http://localhost:3000` → the origins allowed in a session token's `azp`. */
export function parseAuthorizedParties(value: string | undefined): string[] | undefined {
  const parties = (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return parties.length > 0 ? parties : undefined;
}
