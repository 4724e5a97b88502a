import { SignIn } from '@clerk/nextjs';

// Catch-all route: Clerk's multi-step sign-in flow lives under /sign-in/*. Public in src/lib/routes.ts.
export default function SignInPage() {
  return (
    <div className="center">
      <SignIn />
    </div>
  );
}
