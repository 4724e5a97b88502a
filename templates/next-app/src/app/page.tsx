import { Show } from '@clerk/nextjs';
import Link from 'next/link';

// Public (see src/lib/routes.ts): anyone can see this page.
export default function Home() {
  return (
    <>
      <h1>Welcome</h1>
      <p>
        A Next.js app with Clerk for authentication and Prisma for data. Clerk users are synced into the
        database by a signed webhook.
      </p>
      <Show when="signed-out">
        <p>
          <Link href="/sign-in">Sign in</Link> or <Link href="/sign-up">create an account</Link> to open the
          dashboard.
        </p>
      </Show>
      <Show when="signed-in">
        <p>
          Go to your <Link href="/dashboard">dashboard</Link>.
        </p>
      </Show>
    </>
  );
}
