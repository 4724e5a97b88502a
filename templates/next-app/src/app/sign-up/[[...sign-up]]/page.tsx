import { SignUp } from '@clerk/nextjs';

// Catch-all route: Clerk's multi-step sign-up flow lives under /sign-up/*. Public in src/lib/routes.ts.
export default function SignUpPage() {
  return (
    <div className="center">
      <SignUp />
    </div>
  );
}
