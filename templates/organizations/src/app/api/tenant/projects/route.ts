import { parseProjectName, requireTenant, tenantDb } from '@/lib/tenant';

// The active organization's projects. The organization is the session's (requireTenant), never a field
// of the request: an `organizationId` in the body or the query string is ignored.

export async function GET() {
  const check = await requireTenant();
  if (!check.ok) return check.response;
  try {
    const projects = await tenantDb(check.tenant).projects.list();
    return Response.json({ orgId: check.tenant.orgId, projects });
  } catch (error) {
    console.error('Listing projects failed:', error);
    return Response.json({ error: 'database unavailable' }, { status: 503 });
  }
}

export async function POST(req: Request) {
  const check = await requireTenant();
  if (!check.ok) return check.response;
  let body: unknown;
  try {
    body = await req.json();
  } catch {
    return Response.json({ error: 'the body must be JSON: {"name": "..."}' }, { status: 400 });
  }
  const name = parseProjectName((body as { name?: unknown } | null)?.name);
  if (!name) return Response.json({ error: 'name: 1 to 100 characters' }, { status: 400 });
  try {
    const project = await tenantDb(check.tenant).projects.create({ name });
    return Response.json({ project }, { status: 201 });
  } catch (error) {
    console.error('Creating a project failed:', error);
    return Response.json({ error: 'database unavailable' }, { status: 503 });
  }
}
