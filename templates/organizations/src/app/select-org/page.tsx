import { OrganizationSwitcher } from '@clerk/nextjs';
import { auth } from '@clerk/nextjs/server';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { Suspense } from 'react';
import { signInUrl, tenantHomeUrl } from '@/lib/routes';

// Where signed-in users without an active organization land (src/proxy.ts sends them here from /app/*).
// It needs sign-in but NOT an organization: it is not a tenant route, so there is no redirect loop.
export default function SelectOrgPage() {
  return (
    <>
      <h1>Choose an organization</h1>
      <p>
        Everything in the app belongs to an organization: pick one of yours or create one. Your personal account
        has no workspace here.
      </p>
      <Suspense fallback={null}>
        <ActiveOrganization />
      </Suspense>
      <div className="card">
        <OrganizationSwitcher hidePersonal afterSelectOrganizationUrl={tenantHomeUrl} afterCreateOrganizationUrl={tenantHomeUrl} />
      </div>
    </>
  );
}

// Reads the session, so it sits inside <Suspense> (required by Next's Cache Components, when turned on).
async function ActiveOrganization() {
  const { userId, orgId, orgSlug } = await auth();
  if (!userId) redirect(signInUrl);
  if (!orgId) return null;
  return (
    <p>
      Active: <code>{orgSlug ?? orgId}</code> · <Link href={tenantHomeUrl}>open the app</Link>
    </p>
  );
}
