// End-to-end tests of the API on a real port, with no network: tokens are minted locally and
// verified with CLERK_JWT_KEY; webhooks are signed with a local secret.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { createDb, type Db } from '../src/db.js';
import { upsertUser } from '../src/users.js';
import { createTestDatabase } from './db.js';
import { mintToken, rsaKeys, signWebhook, userEvent, webhookSecret } from './helpers.js';

const WEB_ORIGIN = 'http://localhost:3000';
const keys = rsaKeys();
const otherKeys = rsaKeys();
const secret = webhookSecret();

let db: Db;
let server: Server;
let base: string;
let dropDatabase: () => Promise<void>;

beforeAll(async () => {
  // Offline stand-ins for the real keys: a well-formed publishable key, any secret key, the public key.
  process.env.CLERK_PUBLISHABLE_KEY = `pk_test_${Buffer.from('clerk.example.com$').toString('base64')}`;
  process.env.CLERK_SECRET_KEY = 'sk_test_offline';
  process.env.CLERK_JWT_KEY = keys.publicKeyPem;
  process.env.CLERK_WEBHOOK_SIGNING_SECRET = secret;
  process.env.CLERK_TELEMETRY_DISABLED = '1';

  const database = await createTestDatabase();
  dropDatabase = database.drop;
  db = createDb(database.url);
  server = createApp({ db, webOrigins: [WEB_ORIGIN] }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  if (server) await new Promise((resolve) => server.close(resolve));
  await db?.$disconnect();
  await dropDatabase?.();
});

const profile = (token?: string) =>
  fetch(`${base}/api/profile`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

async function deliver(event: object, tamper = false) {
  const body = JSON.stringify(event);
  const headers = signWebhook(secret, body);
  const sent = tamper ? body.replace('"data":{', '"data":{"tampered":true,') : body;
  return fetch(`${base}/api/webhooks/clerk`, { method: 'POST', headers, body: sent });
}

describe('auth', () => {
  it('serves the public route to anyone', async () => {
    const res = await fetch(`${base}/api/public`);
    expect(res.status).toBe(200);
  });

  it('answers 401 JSON without a token', async () => {
    const res = await profile();
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: 'unauthenticated' });
  });

  it('accepts a web token whose azp is a configured origin', async () => {
    const res = await profile(mintToken(keys.privateKey, { sub: 'user_web', azp: WEB_ORIGIN }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ userId: 'user_web', user: null }); // no webhook yet: no row
  });

  it('accepts a token without azp, as the mobile app sends', async () => {
    const res = await profile(mintToken(keys.privateKey, { sub: 'user_mobile' }));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ userId: 'user_mobile' });
  });

  it('rejects a token minted for a foreign origin', async () => {
    const res = await profile(mintToken(keys.privateKey, { sub: 'user_web', azp: 'https://evil.example' }));
    expect(res.status).toBe(401);
  });

  it('rejects expired, wrongly signed and malformed tokens', async () => {
    for (const token of [
      mintToken(keys.privateKey, { sub: 'user_web', azp: WEB_ORIGIN, expiresIn: -120 }),
      mintToken(otherKeys.privateKey, { sub: 'user_web', azp: WEB_ORIGIN }),
      'not-a-jwt',
    ]) {
      const res = await profile(token);
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: 'unauthenticated' });
    }
  });
});

describe('CORS', () => {
  const preflight = (origin: string) =>
    fetch(`${base}/api/profile`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    });

  it('lets a configured web origin send the Authorization header', async () => {
    const res = await preflight(WEB_ORIGIN);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(WEB_ORIGIN);
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
  });

  it('gives any other origin no CORS headers', async () => {
    const res = await preflight('https://evil.example');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const get = await fetch(`${base}/api/public`, { headers: { origin: 'https://evil.example' } });
    expect(get.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('webhooks', () => {
  const count = (clerkId: string) => db.user.count({ where: { clerkId } });

  it('creates the row that /api/profile then returns', async () => {
    const res = await deliver(userEvent('user.created', 'user_1', 'Ada@Example.com', { first: 'Ada', last: 'L' }));
    expect(res.status).toBe(200);
    const body = await (await profile(mintToken(keys.privateKey, { sub: 'user_1' }))).json();
    expect(body).toHaveProperty('user');
    expect((body as { user: unknown }).user).toMatchObject({ clerkId: 'user_1', email: 'ada@example.com', name: 'Ada L' });
  });

  it('answers 400 to a tampered delivery and writes nothing', async () => {
    const res = await deliver(userEvent('user.created', 'user_tampered', 't@example.com'), true);
    expect(res.status).toBe(400);
    expect(await count('user_tampered')).toBe(0);
  });

  it('answers 400 to an unsigned delivery', async () => {
    const body = JSON.stringify(userEvent('user.created', 'user_unsigned', null));
    const res = await fetch(`${base}/api/webhooks/clerk`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(res.status).toBe(400);
    expect(await count('user_unsigned')).toBe(0);
  });

  it('is idempotent: a repeat is 200 and keeps one row; updated-before-created works', async () => {
    const event = userEvent('user.updated', 'user_2', 'grace@example.com');
    expect((await deliver(event)).status).toBe(200);
    expect((await deliver(event)).status).toBe(200);
    expect((await deliver(userEvent('user.created', 'user_2', 'grace@example.com'))).status).toBe(200);
    expect(await count('user_2')).toBe(1);
  });

  it('stores a user without an email (phone or username sign-up)', async () => {
    expect((await deliver(userEvent('user.created', 'user_phone', null))).status).toBe(200);
    expect((await deliver(userEvent('user.created', 'user_phone2', null))).status).toBe(200);
    expect(await db.user.count({ where: { clerkId: { in: ['user_phone', 'user_phone2'] }, email: null } })).toBe(2);
  });

  it('gives the email to a recreated account (new Clerk id, same email)', async () => {
    await deliver(userEvent('user.created', 'user_old', 'same@example.com'));
    expect((await deliver(userEvent('user.created', 'user_new', 'same@example.com'))).status).toBe(200);
    expect((await db.user.findUnique({ where: { clerkId: 'user_new' } }))?.email).toBe('same@example.com');
    expect((await db.user.findUnique({ where: { clerkId: 'user_old' } }))?.email).toBeNull();
  });

  it('survives concurrent deliveries racing for the same rows', async () => {
    // The same user several times, and two accounts claiming one email at once (unique-index races).
    const a = userEvent('user.created', 'user_race_a', 'race@example.com').data;
    const b = userEvent('user.created', 'user_race_b', 'race@example.com').data;
    await Promise.all(Array.from({ length: 6 }, (_, i) => upsertUser(db, (i % 2 ? a : b) as never)));
    expect(await count('user_race_a')).toBe(1);
    expect(await count('user_race_b')).toBe(1);
    expect(await db.user.count({ where: { email: 'race@example.com' } })).toBe(1);
  });

  it('deletes on user.deleted, and a repeat or unknown user is still 200', async () => {
    await deliver(userEvent('user.created', 'user_gone', 'gone@example.com'));
    const deleted = { type: 'user.deleted', object: 'event', data: { id: 'user_gone', object: 'user', deleted: true } };
    expect((await deliver(deleted)).status).toBe(200);
    expect((await deliver(deleted)).status).toBe(200);
    expect(await count('user_gone')).toBe(0);
  });

  it('acknowledges events it does not handle', async () => {
    const res = await deliver({ type: 'session.created', object: 'event', data: { id: 'sess_1' } });
    expect(res.status).toBe(200);
  });
});
