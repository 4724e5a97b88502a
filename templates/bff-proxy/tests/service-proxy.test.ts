import { describe, expect, it, vi } from 'vitest';
import { proxyToService, type ProxyAuth } from '@/lib/service-proxy';
import { findService, serviceBaseUrl, services, targetUrl } from '@/lib/services';

// The BFF proxy with auth and fetch stood in: which requests leave the server, where to, and with what.
const name = Object.keys(services)[0]!;
const service = findService(name)!;
const env = { [service.urlEnv]: 'http://service.internal:4001' };

const signedIn = (getToken: ProxyAuth['getToken'] = async () => 'template-token'): (() => Promise<ProxyAuth>) => async () => ({
  userId: 'user_1',
  getToken,
});
const signedOut = async (): Promise<ProxyAuth> => ({ userId: null, getToken: async () => null });
const ok = () => vi.fn(async () => Response.json({ ok: true }));
const call = (path: string[], init: RequestInit & { service?: string; url?: string } = {}) =>
  new Request(init.url ?? `http://localhost:3000/api/services/${init.service ?? name}/${path.join('/')}`, init);

describe('the service registry', () => {
  it('knows every generated service, and nothing else', () => {
    expect(findService(name)).toBeDefined();
    for (const other of ['nope', 'constructor', '__proto__', 'toString', 'hasOwnProperty', '', `${name}/..`]) {
      expect(findService(other)).toBeUndefined();
    }
  });

  it('reads the base URL from the environment, else the development default', () => {
    expect(serviceBaseUrl(service, env).href).toBe('http://service.internal:4001/');
    expect(serviceBaseUrl(service, {}).href).toBe(new URL(service.defaultUrl).href);
    expect(() => serviceBaseUrl(service, { [service.urlEnv]: 'file:///etc/passwd' })).toThrow();
  });

  it('keeps every target under the base URL', () => {
    const base = new URL('http://svc:4001/v1/');
    expect(targetUrl(base, ['api', 'data'], '?a=1')?.href).toBe('http://svc:4001/v1/api/data?a=1');
    expect(targetUrl(base, ['a/b?c#d'])?.href).toBe('http://svc:4001/v1/a%2Fb%3Fc%23d');
    expect(targetUrl(base, ['@evil.example.com'])?.origin).toBe('http://svc:4001');
    for (const bad of [['..'], ['api', '..', '..'], ['.'], ['api', ''], []]) expect(targetUrl(base, bad)).toBeNull();
  });
});

describe('proxyToService', () => {
  it('signed out: 401, no token asked for, no request made', async () => {
    const fetch = ok();
    const res = await proxyToService(call(['api', 'data']), { service: name, path: ['api', 'data'] }, { auth: signedOut, fetch, env });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: 'unauthenticated' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('an unknown service: 404, no token asked for, no request made', async () => {
    const fetch = ok();
    const getToken = vi.fn(async () => 'template-token');
    for (const unknown of ['nope', 'constructor', '__proto__']) {
      const res = await proxyToService(call(['api', 'data'], { service: unknown }), { service: unknown, path: ['api', 'data'] }, { auth: signedIn(getToken), fetch, env });
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ error: 'unknown_service' });
    }
    expect(getToken).not.toHaveBeenCalled();
    expect(fetch).not.toHaveBeenCalled();
  });

  it("forwards with a token from the service's JWT template, the path and the query", async () => {
    const fetch = ok();
    const getToken = vi.fn(async () => 'template-token');
    const req = call(['api', 'data'], { url: `http://localhost:3000/api/services/${name}/api/data?page=2`, headers: { cookie: '__session=secret', authorization: 'Bearer session-token', accept: 'application/json' } });
    const res = await proxyToService(req, { service: name, path: ['api', 'data'] }, { auth: signedIn(getToken), fetch, env });
    expect(res.status).toBe(200);
    expect(getToken).toHaveBeenCalledWith({ template: service.template });
    const [url, init] = fetch.mock.calls[0] as unknown as [URL, RequestInit];
    expect(String(url)).toBe('http://service.internal:4001/api/data?page=2');
    const headers = new Headers(init.headers);
    expect(headers.get('authorization')).toBe('Bearer template-token');
    expect(headers.get('accept')).toBe('application/json');
    expect(headers.get('cookie')).toBeNull();
    expect(init.redirect).toBe('manual');
    expect(init.signal).toBeInstanceOf(AbortSignal);
  });

  it('passes a body on for POST', async () => {
    const fetch = ok();
    const req = call(['api', 'items'], { method: 'POST', body: '{"a":1}', headers: { 'content-type': 'application/json' } });
    await proxyToService(req, { service: name, path: ['api', 'items'] }, { auth: signedIn(), fetch, env });
    const [, init] = fetch.mock.calls[0] as unknown as [URL, RequestInit];
    expect(init.method).toBe('POST');
    expect(new TextDecoder().decode(init.body as ArrayBuffer)).toBe('{"a":1}');
  });

  it('a path climbing out of the service: 400, no request made', async () => {
    const fetch = ok();
    const res = await proxyToService(call(['x']), { service: name, path: ['..', 'admin'] }, { auth: signedIn(), fetch, env });
    expect(res.status).toBe(400);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('the service is down: 502 JSON', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
    });
    const res = await proxyToService(call(['api', 'data']), { service: name, path: ['api', 'data'] }, { auth: signedIn(), fetch, env, log: () => {} });
    expect(res.status).toBe(502);
    expect(await res.json()).toEqual({ error: 'service_unavailable', service: name });
  });

  it('the service does not answer in time: 504 JSON', async () => {
    const fetch = vi.fn(
      (_url: URL, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason))),
    );
    const res = await proxyToService(call(['api', 'data']), { service: name, path: ['api', 'data'] }, {
      auth: signedIn(),
      fetch: fetch as unknown as typeof globalThis.fetch,
      env: { ...env, SERVICES_TIMEOUT_MS: '50' },
      log: () => {},
    });
    expect(res.status).toBe(504);
  });

  it('no token from Clerk (template missing, API down): 502, no request made', async () => {
    const fetch = ok();
    const res = await proxyToService(call(['api', 'data']), { service: name, path: ['api', 'data'] }, {
      auth: signedIn(async () => {
        throw new Error('Not Found');
      }),
      fetch,
      env,
      log: () => {},
    });
    expect(res.status).toBe(502);
    expect(await res.json()).toEqual({ error: 'token_unavailable', service: name });
    expect(fetch).not.toHaveBeenCalled();
  });

  it("passes the service's status and body back (its own 401 included)", async () => {
    const fetch = vi.fn(async () => Response.json({ error: 'unauthenticated' }, { status: 401, headers: { 'set-cookie': 'x=1' } }));
    const res = await proxyToService(call(['api', 'data']), { service: name, path: ['api', 'data'] }, { auth: signedIn(), fetch, env });
    expect(res.status).toBe(401);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await res.json()).toEqual({ error: 'unauthenticated' });
  });
});
