// The backend-for-frontend proxy: /api/services/<service>/<path> → <service base URL>/<path>, with a token
// from the service's Clerk JWT template. Kept free of Next.js imports (auth comes in as a function) so its
// tests run it directly; src/app/api/services/[service]/[...path]/route.ts wires it to auth().
import { findService, serviceBaseUrl, targetUrl } from '@/lib/services';

export interface ProxyAuth {
  userId: string | null;
  /** `auth().getToken`: with `{ template }` it asks Clerk's Backend API for a token from that JWT template. */
  getToken: (options: { template: string }) => Promise<string | null>;
}

export interface ProxyDeps {
  auth: () => Promise<ProxyAuth>;
  fetch?: typeof fetch;
  env?: Record<string, string | undefined>;
  log?: (message: string) => void;
}

export const DEFAULT_TIMEOUT_MS = 10_000;

/** Request headers passed on to the service; everything else (cookies, the user's own Authorization) stays here. */
const FORWARDED_REQUEST_HEADERS = ['accept', 'accept-language', 'content-type', 'if-none-match', 'if-match'];
/** Response headers passed back to the browser. */
const FORWARDED_RESPONSE_HEADERS = ['content-type', 'etag', 'last-modified', 'location', 'retry-after', 'www-authenticate'];

const json = (status: number, body: Record<string, unknown>) =>
  Response.json(body, { status, headers: { 'cache-control': 'no-store' } });

export async function proxyToService(
  request: Request,
  params: { service: string; path: string[] },
  deps: ProxyDeps,
): Promise<Response> {
  const log = deps.log ?? ((message: string) => console.warn(`[bff] ${message}`));
  const env = deps.env ?? process.env;

  // 1. Signed out: 401 before anything else (not even whether the service exists is revealed).
  const { userId, getToken } = await deps.auth();
  if (!userId) return json(401, { error: 'unauthenticated' });

  // 2. Only the services in the registry: any other name is a 404, and nothing leaves this server.
  const service = findService(params.service);
  if (!service) return json(404, { error: 'unknown_service' });

  let target: URL | null;
  try {
    target = targetUrl(serviceBaseUrl(service, env), params.path, new URL(request.url).search);
  } catch (error) {
    log(`${params.service}: ${(error as Error).message}`);
    return json(500, { error: 'service_misconfigured' });
  }
  if (!target) return json(400, { error: 'bad_path' });

  // 3. A token from the service's JWT template (Clerk's Backend API mints it; short-lived).
  let token: string | null;
  try {
    token = await getToken({ template: service.template });
  } catch (error) {
    log(
      `${params.service}: no token from the JWT template "${service.template}" (create it in the Clerk Dashboard → JWT templates): ${
        (error as Error).message
      }`,
    );
    return json(502, { error: 'token_unavailable', service: params.service });
  }
  if (!token) return json(401, { error: 'unauthenticated' });

  // 4. Forward, with a timeout; an unreachable service is a clean 502, a slow one a 504.
  const headers = new Headers({ authorization: `Bearer ${token}` });
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  const timeoutMs = Number(env.SERVICES_TIMEOUT_MS) > 0 ? Number(env.SERVICES_TIMEOUT_MS) : DEFAULT_TIMEOUT_MS;
  let upstream: Response;
  try {
    upstream = await (deps.fetch ?? fetch)(target, {
      method: request.method,
      headers,
      body: hasBody ? await request.arrayBuffer() : undefined,
      redirect: 'manual',
      cache: 'no-store',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    log(`${params.service} at ${target.origin}: ${timedOut ? `no answer within ${timeoutMs} ms` : describe(error)}`);
    return timedOut
      ? json(504, { error: 'service_timeout', service: params.service })
      : json(502, { error: 'service_unavailable', service: params.service });
  }

  const responseHeaders = new Headers({ 'cache-control': 'no-store' });
  for (const name of FORWARDED_RESPONSE_HEADERS) {
    const value = upstream.headers.get(name);
    if (value) responseHeaders.set(name, value);
  }
  return new Response(upstream.body, { status: upstream.status, headers: responseHeaders });
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? error.message;
}
