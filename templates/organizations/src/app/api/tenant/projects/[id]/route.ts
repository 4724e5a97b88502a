import { requireTenant, tenantDb } from '@/lib/tenant';

type Context = { params: Promise<{ id: string }> };

// One project of the active organization. Another organization's project id answers 404, exactly like an
// id that does not exist: a tenant cannot even learn that it exists.

export async function GET(_req: Request, { params }: Context) {
  const check = await requireTenant();
  if (!check.ok) return check.response;
  const { id } = await params;
  try {
    const project = await tenantDb(check.tenant).projects.get(id);
    return project ? Response.json({ project }) : Response.json({ error: 'not found' }, { status: 404 });
  } catch (error) {
    console.error('Reading a project failed:', error);
    return Response.json({ error: 'database unavailable' }, { status: 503 });
  }
}

// Deleting needs the org:admin role (Clerk's `has({ role: 'org:admin' })`): members get 403.
export async function DELETE(_req: Request, { params }: Context) {
  const check = await requireTenant({ role: 'org:admin' });
  if (!check.ok) return check.response;
  const { id } = await params;
  try {
    const deleted = await tenantDb(check.tenant).projects.remove(id);
    return deleted ? Response.json({ deleted: id }) : Response.json({ error: 'not found' }, { status: 404 });
  } catch (error) {
    console.error('Deleting a project failed:', error);
    return Response.json({ error: 'database unavailable' }, { status: 503 });
  }
}
