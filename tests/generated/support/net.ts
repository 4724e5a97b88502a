/** Ports and HTTP for the generated-app tests: loopback only, nothing leaves the machine. */
import net from 'node:net';

/** A port that was free on 127.0.0.1 a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export interface HttpResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
}

export interface HttpOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Bearer token for Authorization. */
  token?: string;
  timeoutMs?: number;
}

/** One request to a local server; redirects are not followed, so tests see them. */
export async function http(url: string, opts: HttpOptions = {}): Promise<HttpResponse> {
  const u = new URL(url);
  if (!LOCAL_HOSTS.has(u.hostname)) throw new Error(`refusing a request off this machine: ${url}`);
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  const res = await fetch(u, {
    method: opts.method ?? 'GET',
    headers,
    body: opts.body,
    redirect: 'manual',
    signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** Headers of a browser navigating to a page (so Clerk treats the request as a document request). */
export const documentHeaders = {
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'sec-fetch-dest': 'document',
  'sec-fetch-mode': 'navigate',
  'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) create-clerk-arch-tests',
};
