import { describe, expect, it } from 'vitest';
import { displayName, primaryEmail } from '@/lib/webhooks';
import { createFakeDb } from './fake-db';
import { describeWebhookHandler } from './webhook-scenarios';

// The webhook handler against an in-memory database: no server, no network.
describeWebhookHandler('in-memory database', async () => {
  const fake = createFakeDb();
  return { db: fake.asWebhookDb(), users: async () => fake.rows };
});

describe('primaryEmail', () => {
  it('picks the primary address, falls back to the first, or null', () => {
    const a = { id: 'a', email_address: 'a@x.io' } as never;
    const b = { id: 'b', email_address: 'b@x.io' } as never;
    expect(primaryEmail({ email_addresses: [a, b], primary_email_address_id: 'b' })).toBe('b@x.io');
    expect(primaryEmail({ email_addresses: [a, b], primary_email_address_id: null })).toBe('a@x.io');
    expect(primaryEmail({ email_addresses: [], primary_email_address_id: null })).toBeNull();
  });
});

describe('displayName', () => {
  it('joins first and last name, else the username, else null', () => {
    expect(displayName({ first_name: 'Ada', last_name: null, username: 'ada' })).toBe('Ada');
    expect(displayName({ first_name: null, last_name: null, username: 'ada' })).toBe('ada');
    expect(displayName({ first_name: null, last_name: null, username: null })).toBeNull();
  });
});
