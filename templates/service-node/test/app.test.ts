import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPublicKey } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { authConfigFromEnv, bearerToken, type AuthConfig } from '../src/auth.js';
import { SERVICE_NAME } from '../src/service.js';
import { makeKeyPair, mintToken } from './tokens.js';

const instance = makeKeyPair();
const otherInstance = makeKeyPair();
const WEB_ORIGIN = 'http://localhost:3000';

const servers: Server[] = [];

/** Starts the app on an ephemeral loopback port and returns its base URL. */
async function start(auth: AuthConfig): Promise<string> {
  const server = createApp({ auth, log: () => {} }).listen(0, '127.0.0.1');
  servers.push(server);
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

async function get(url: string, token?: string) {
  const response = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  return { status: response.status, body: (await response.json()) as unknown };
}

describe(`${SERVICE_NAME} service`, () => {
  let base: string;
  beforeAll(async () => {
    base = await start({ jwtKey: instance.publicKeyPem, authorizedParties: [WEB_ORIGIN] });
  });

  it('answers /health without a token', async () => {
    expect(await get(`${base}/health`)).toEqual({ status: 200, body: { status: 'ok' } });
  });

  it('returns the user id for a valid JWT template token', async () => {
    const token = mintToken(instance.privateKey, { sub: 'user_abc' });
    expect(await get(`${base}/api/data`, token)).toEqual({
      status: 200,
      body: { service: SERVICE_NAME, userId: 'user_abc' },
    });
  });

  const unauthenticated = { status: 401, body: { error: 'unauthenticated' } };

  it('refuses a request without a token', async () => {
    expect(await get(`${base}/api/data`)).toEqual(unauthenticated);
    const response = await fetch(`${base}/api/data`, { headers: { Authorization: 'Basic dXNlcjpwYXNz' } });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('refuses a malformed token', async () => {
    expect(await get(`${base}/api/data`, 'not-a-jwt')).toEqual(unauthenticated);
  });

  it('refuses an expired token', async () => {
    expect(await get(`${base}/api/data`, mintToken(instance.privateKey, {}, { exp: -60, nbf: -120, iat: -120 }))).toEqual(
      unauthenticated,
    );
  });

  it('refuses a token that is not valid yet', async () => {
    expect(await get(`${base}/api/data`, mintToken(instance.privateKey, {}, { nbf: 120, iat: 120, exp: 300 }))).toEqual(
      unauthenticated,
    );
  });

  it('refuses a token signed by another key', async () => {
    expect(await get(`${base}/api/data`, mintToken(otherInstance.privateKey))).toEqual(unauthenticated);
  });

  it('refuses a token from an unauthorized party, or with none', async () => {
    expect(await get(`${base}/api/data`, mintToken(instance.privateKey, { azp: 'https://evil.example' }))).toEqual(
      unauthenticated,
    );
    expect(await get(`${base}/api/data`, mintToken(instance.privateKey, { azp: undefined }))).toEqual(unauthenticated);
  });

  it('refuses a token with a tampered payload', async () => {
    const [header, , signature] = mintToken(instance.privateKey).split('.');
    const payload = Buffer.from(JSON.stringify({ sub: 'user_admin', exp: Math.floor(Date.now() / 1000) + 60 })).toString(
      'base64url',
    );
    expect(await get(`${base}/api/data`, `${header}.${payload}.${signature}`)).toEqual(unauthenticated);
  });

  it('answers unknown routes with JSON 404', async () => {
    expect(await get(`${base}/nope`)).toEqual({ status: 404, body: { error: 'not_found' } });
  });
});

describe('without CLERK_AUTHORIZED_PARTIES', () => {
  it('accepts a valid token whatever its azp', async () => {
    const base = await start({ jwtKey: instance.publicKeyPem, authorizedParties: [] });
    const token = mintToken(instance.privateKey, { azp: undefined, sub: 'user_no_azp' });
    expect(await get(`${base}/api/data`, token)).toEqual({
      status: 200,
      body: { service: SERVICE_NAME, userId: 'user_no_azp' },
    });
  });
});

describe('without CLERK_JWT_KEY', () => {
  it("verifies against the instance's JWKS, fetched from Clerk's Backend API with the secret key", async () => {
    // A local stand-in for GET https://api.clerk.com/v1/jwks.
    const jwk = { ...createPublicKey(instance.publicKeyPem).export({ format: 'jwk' }), kid: 'ins_test', alg: 'RS256', use: 'sig' };
    const seen: string[] = [];
    const backend = createServer((req, res) => {
      seen.push(`${req.method} ${req.url} ${req.headers.authorization}`);
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    }).listen(0, '127.0.0.1');
    servers.push(backend);
    await new Promise<void>((resolve) => backend.once('listening', () => resolve()));
    const apiUrl = `http://127.0.0.1:${(backend.address() as AddressInfo).port}`;

    const base = await start(
      authConfigFromEnv({ CLERK_SECRET_KEY: 'sk_test_local', CLERK_API_URL: apiUrl, CLERK_AUTHORIZED_PARTIES: WEB_ORIGIN }),
    );
    expect(await get(`${base}/api/data`, mintToken(instance.privateKey, { sub: 'user_jwks' }))).toEqual({
      status: 200,
      body: { service: SERVICE_NAME, userId: 'user_jwks' },
    });
    expect((await get(`${base}/api/data`, mintToken(otherInstance.privateKey))).status).toBe(401);
    expect(seen[0]).toBe('GET /v1/jwks Bearer sk_test_local');
  });
});

describe('configuration', () => {
  it('reads the key and the authorized parties from the environment', () => {
    const oneLine = instance.publicKeyPem.trim().replace(/\n/g, '\\n');
    const config = authConfigFromEnv({
      CLERK_JWT_KEY: oneLine,
      CLERK_AUTHORIZED_PARTIES: ' http://localhost:3000, https://app.example.com ,',
    });
    expect(config.jwtKey).toBe(instance.publicKeyPem.trim());
    expect(config.authorizedParties).toEqual(['http://localhost:3000', 'https://app.example.com']);
  });

  it('accepts the bare base64 body of the key', async () => {
    const body = instance.publicKeyPem.replace(/-----[A-Z ]+-----/g, '').replace(/\s/g, '');
    const base = await start(authConfigFromEnv({ CLERK_JWT_KEY: body }));
    expect((await get(`${base}/api/data`, mintToken(instance.privateKey))).status).toBe(200);
  });

  it('refuses to start without a key, or with one that is not an RSA public key', () => {
    expect(() => authConfigFromEnv({})).toThrow(/CLERK_JWT_KEY/);
    expect(() => authConfigFromEnv({ CLERK_JWT_KEY: 'not a key' })).toThrow(/not a PEM public key/);
  });

  it('reads the bearer token from the Authorization header only', () => {
    expect(bearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerToken('bearer   abc')).toBe('abc');
    expect(bearerToken('Bearer')).toBeUndefined();
    expect(bearerToken('Token abc')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });
});
