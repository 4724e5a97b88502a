import { describe, expect, it, vi } from 'vitest';
import { ApiError, fetchProfile } from '../lib/api';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('fetchProfile', () => {
  it('sends the session token as a Bearer header', async () => {
    const fetchImpl = vi.fn(async () => json(200, { userId: 'user_1', user: null }));
    const profile = await fetchProfile(async () => 'token-123', fetchImpl as typeof fetch);
    expect(profile).toEqual({ userId: 'user_1', user: null });
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toMatch(/\/api\/profile$/);
    expect(new Headers(init.headers).get('authorization')).toBe('Bearer token-123');
  });

  it('does not call the API without a token', async () => {
    const fetchImpl = vi.fn();
    await expect(fetchProfile(async () => null, fetchImpl as typeof fetch)).rejects.toBeInstanceOf(ApiError);
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('surfaces the API error and status', async () => {
    const fetchImpl = vi.fn(async () => json(401, { error: 'unauthenticated' }));
    await expect(fetchProfile(async () => 't', fetchImpl as typeof fetch)).rejects.toMatchObject({
      status: 401,
      message: 'unauthenticated',
    });
  });

  it('explains an unreachable API', async () => {
    const fetchImpl = vi.fn(async () => {
      throw new TypeError('Network request failed');
    });
    await expect(fetchProfile(async () => 't', fetchImpl as typeof fetch)).rejects.toThrow(/Cannot reach the API/);
  });
});
