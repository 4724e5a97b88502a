import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server';
import { apiRoutes, parseAuthorizedParties, publicRoutes, signInUrl, signUpUrl } from '@/lib/routes';

// The auth boundary (proxy.ts in Next.js 16+, middleware.ts before). Every route is protected except
// the public ones listed in src/lib/routes.ts. Pages and route handlers still check auth() themselves
// (defence in depth, as Clerk recommends): a path the matcher misses is never an open door.
// @clerk/nextjs 7 marks createRouteMatcher deprecated (a one-time warning in development); it works
// throughout v7, the major this project pins.
const isPublicRoute = createRouteMatcher(publicRoutes);
const isApiRoute = createRouteMatcher(apiRoutes);

const jwtKey = process.env.CLERK_JWT_KEY || undefined;
const authorizedParties = parseAuthorizedParties(process.env.CLERK_AUTHORIZED_PARTIES);

export default clerkMiddleware(
  async (auth, req) => {
    if (isPublicRoute(req)) return;
    // API routes check the session and answer 401 JSON themselves: auth.protect() never answers 401
    // (it redirects a page to sign-in and turns other requests into a 404).
    if (isApiRoute(req)) return;
    // Pages: signed-out visitors are redirected to the sign-in page.
    await auth.protect();
  },
  {
    signInUrl,
    signUpUrl,
    // The PEM public key (Clerk Dashboard → API keys → JWT public key) verifies session tokens locally,
    // with no network call. @clerk/nextjs does not read CLERK_JWT_KEY by itself: it is passed here.
    ...(jwtKey ? { jwtKey } : {}),
    // Origins allowed to send session tokens (their `azp` claim); checked only when set.
    ...(authorizedParties ? { authorizedParties } : {}),
  },
);

export const config = {
  matcher: [
    // Skip Next.js internals and all static files, unless found in search params
    '/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|jpe?g|webp|png|gif|svg|ttf|woff2?|ico|csv|docx?|xlsx?|zip|webmanifest)).*)',
    // Always run for API routes
    '/(api|trpc)(.*)',
    // Clerk's frontend API proxy path
    '/__clerk/(.*)',
  ],
};
