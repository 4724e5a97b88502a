import { SignUp } from '@clerk/nextjs';
import { Suspense } from 'react';

// Catch-all route: Clerk's multi-step sign-up flow lives under /sign-up/*. Public in src/lib/routes.ts.
// <SignUp> reads the URL on the client; under Next's Cache Components (on in new create-next-app projects)
// that must sit inside <Suspense> or the build fails.
export default function SignUpPage() {
  return (
    <div className="center">
      <Suspense>
        <SignUp />
      </Suspense>
    </div>
  );
}
