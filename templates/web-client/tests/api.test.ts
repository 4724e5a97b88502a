import { describe, expect, it, vi } from 'vitest';
import { getProfile } from '@/lib/api';

// src/lib/api.ts: every call to the API carries the session token, and failures become messages, not crashes.
const base = 'http://api.test';
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('getProfile', () => {
  it('sends the session token as Authorization: Bearer', async () => {
    const fetch = vi.fn(async () => json(200, { userId: 'user_1', user: null }));
    const result = await getProfile('tok_123', { base, fetch });
    expect(result).toEqual({ ok: true, status: 200, data: { userId: 'user_1', user: null } });
    expect(fetch).toHaveBeenCalledOnce();
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(`${base}/api/profile`);
    expect(new Headers(init.headers).get('authorization')).toBe('Bearer tok_123');
  });

  it('makes no request without a token (signed out)', async () => {
    const fetch = vi.fn();
    expect(await getProfile(null, { base, fetch })).toMatchObject({ ok: false, status: 401 });
    expect(fetch).not.toHaveBeenCalled();
  });

  it("turns the API's 401 into a message that names the likely causes", async () => {
    const result = await getProfile('expired', { base, fetch: async () => json(401, { error: 'unauthenticated' }) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^unauthenticated .*WEB_ORIGINS/);
  });

  it('reports an unreachable API instead of throwing', async () => {
    const result = await getProfile('tok', { base, fetch: async () => Promise.reject(new TypeError('fetch failed')) });
    expect(result).toMatchObject({ ok: false, status: 0 });
    if (!result.ok) expect(result.error).toContain(base);
  });
});
