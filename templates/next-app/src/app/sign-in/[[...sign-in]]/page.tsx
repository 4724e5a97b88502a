import { SignIn } from '@clerk/nextjs';
import { Suspense } from 'react';

// Catch-all route: Clerk's multi-step sign-in flow lives under /sign-in/*. Public in src/lib/routes.ts.
// <SignIn> reads the URL on the client; under Next's Cache Components (on in new create-next-app projects)
// that must sit inside <Suspense> or the build fails.
export default function SignInPage() {
  return (
    <div className="center">
      <Suspense>
        <SignIn />
      </Suspense>
    </div>
  );
}
