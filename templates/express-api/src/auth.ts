import { getAuth } from '@clerk/express';
import type { Request } from 'express';

/**
 * The one place that decides who is calling. `clerkMiddleware()` (see app.ts) has already verified the
 * session token's signature and expiry; this adds the authorized-party rule:
 *
 * - a token WITH an `azp` claim (minted for a browser, which sends an Origin) must name one of the
 *   configured web origins (WEB_ORIGINS), else the caller is treated as signed out;
 * - a token WITHOUT `azp` is accepted: the Expo app's requests carry no Origin, so Clerk mints its
 *   tokens without one.
 *
 * Why not `clerkMiddleware({ authorizedParties })`? That rejects every token lacking `azp`, which
 * would lock the mobile app out.
 */
export function signedInUserId(req: Request, webOrigins: readonly string[]): string | null {
  const { userId, sessionClaims } = getAuth(req);
  if (!userId) return null;
  const azp = sessionClaims?.azp;
  if (azp === undefined || azp === null || azp === '') return userId;
  return typeof azp === 'string' && webOrigins.includes(azp) ? userId : null;
}

/** `WEB_ORIGINS="http://localhost:3000,https://app.example.com"` → exact origins, no trailing slash. */
export function parseOrigins(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter(Boolean);
}
