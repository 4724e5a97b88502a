import { redirect } from 'next/navigation';
import { Suspense } from 'react';
import { ProjectsPanel } from '@/components/projects-panel';
import { selectOrgUrl, signInUrl } from '@/lib/routes';
import { currentTenant, tenantDb } from '@/lib/tenant';
import type { Project } from '@/generated/prisma/client';

// The tenant home: the active organization and its projects. Rendered from the session (auth()) and the
// database only: currentUser()/clerkClient would call Clerk's API on every request. The part that reads the
// session sits inside <Suspense> (required by Next's Cache Components, when a project turns them on).
export default function TenantDashboardPage() {
  return (
    <Suspense fallback={<p className="muted">Loading your organization…</p>}>
      <TenantDashboard />
    </Suspense>
  );
}

async function TenantDashboard() {
  const state = await currentTenant();
  if (state.status === 'signed-out') redirect(signInUrl);
  // src/proxy.ts already redirects; this is the second line of defence.
  if (state.status === 'no-organization') redirect(selectOrgUrl);
  const { tenant } = state;

  let projects: Project[] = [];
  let dbError: string | null = null;
  try {
    projects = await tenantDb(tenant).projects.list();
  } catch (error) {
    console.error('Listing projects failed:', error);
    dbError = 'The database is not reachable or not migrated: run the db:migrate script.';
  }
  const isAdmin = tenant.hasRole('org:admin');

  return (
    <>
      <h1>{tenant.orgSlug ?? 'Organization'}</h1>
      <div className="card">
        <p>
          Organization: <code>{tenant.orgId}</code>
          <br />
          Your role: <code>{tenant.orgRole ?? 'none'}</code>
          {!isAdmin && <span className="muted"> (only admins can delete projects)</span>}
        </p>
      </div>

      <div className={dbError ? 'card warning' : 'card'}>
        <h2>Projects ({projects.length})</h2>
        {dbError && <p>{dbError}</p>}
        {!dbError && projects.length === 0 && <p className="muted">No projects yet in this organization.</p>}
        <ul data-testid="projects">
          {projects.map((p) => (
            <li key={p.id} data-project-id={p.id}>
              {p.name} <span className="muted">· {p.createdAt.toISOString()}</span>
            </li>
          ))}
        </ul>
      </div>

      <ProjectsPanel canDelete={isAdmin} projects={projects.map((p) => ({ id: p.id, name: p.name }))} />
    </>
  );
}
