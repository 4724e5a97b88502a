import { auth } from '@clerk/nextjs/server';
import { proxyToService } from '@/lib/service-proxy';

// /api/services/<service>/<path>: the signed-in user's request, forwarded to one of the services registered in
// src/lib/services.ts with a token from its Clerk JWT template (see src/lib/service-proxy.ts).
export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ service: string; path: string[] }> };

async function handler(request: Request, { params }: Context): Promise<Response> {
  return proxyToService(request, await params, { auth: () => auth() });
}

export { handler as DELETE, handler as GET, handler as PATCH, handler as POST, handler as PUT };
