/**
 * A stand-in for Clerk's Backend API on loopback (the web app gets CLERK_API_URL=<its url>). It answers the one
 * call a BFF makes on the server, `auth().getToken({ template })`:
 * POST /v1/sessions/<session id>/tokens/<template> → `{ "object": "token", "jwt": "..." }` (see
 * node_modules/@clerk/backend: SessionAPI.getToken), with a token minted by the test. Every request is recorded.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface ClerkApiStandIn {
  url: string;
  requests: RecordedRequest[];
  /** Tokens handed out, in order, with what they were for. */
  issued: { sessionId: string; template: string; jwt: string }[];
  close(): Promise<void>;
}

/** `mint(sessionId, template)` returns the JWT to hand out, or null for a 404 (unknown session or template). */
export async function startClerkApi(mint: (sessionId: string, template: string) => string | null): Promise<ClerkApiStandIn> {
  const requests: RecordedRequest[] = [];
  const issued: ClerkApiStandIn['issued'] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (d: string) => (body += d));
    req.on('end', () => {
      const path = req.url ?? '';
      requests.push({ method: req.method ?? '', path, headers: req.headers, body });
      const send = (status: number, payload: unknown) => {
        // The SDK parses the body as JSON only when the content type is exactly application/json.
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
      };
      const m = /^\/v1\/sessions\/([^/]+)\/tokens\/([^/?]+)$/.exec(path);
      if (req.method !== 'POST' || !m) return send(404, { errors: [{ code: 'resource_not_found', message: 'not found' }] });
      if (!/^Bearer sk_/.test(req.headers.authorization ?? '')) {
        return send(401, { errors: [{ code: 'authentication_invalid', message: 'bad secret key' }] });
      }
      const sessionId = decodeURIComponent(m[1]!);
      const template = decodeURIComponent(m[2]!);
      const jwt = mint(sessionId, template);
      if (!jwt) return send(404, { errors: [{ code: 'resource_not_found', message: `no JWT template ${template}` }] });
      issued.push({ sessionId, template, jwt });
      send(200, { object: 'token', jwt });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    issued,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface RecordingProxy {
  url: string;
  /** What reached the service through this proxy. */
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** A pass-through HTTP proxy in front of a local service, recording every request that reaches it. */
export async function startRecordingProxy(targetPort: number): Promise<RecordingProxy> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((req, res) => {
    requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: '' });
    const upstream = http.request(
      { host: '127.0.0.1', port: targetPort, method: req.method, path: req.url, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(599).end();
      else res.destroy();
    });
    req.pipe(upstream);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      }),
  };
}
