import type { WebhookEvent } from '@clerk/nextjs/webhooks';

// Builders for the Clerk webhook events the handler reads, shaped like Clerk's payloads.

interface UserFields {
  email?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  username?: string | null;
  /** Clerk's updated_at, in milliseconds. */
  updatedAt?: number;
}

function userData(id: string, f: UserFields) {
  const emailId = `idn_${id}`;
  return {
    object: 'user',
    id,
    username: f.username ?? null,
    first_name: f.firstName ?? null,
    last_name: f.lastName ?? null,
    email_addresses: f.email ? [{ object: 'email_address', id: emailId, email_address: f.email, verification: null, linked_to: [] }] : [],
    primary_email_address_id: f.email ? emailId : null,
    phone_numbers: [],
    created_at: 1_700_000_000_000,
    updated_at: f.updatedAt ?? 1_700_000_000_000,
  };
}

/** A Clerk webhook event envelope around `data` (shared with the organizations part's builders). */
export function event(type: string, data: unknown): WebhookEvent {
  return {
    type,
    object: 'event',
    data,
    timestamp: Date.now(),
    instance_id: 'ins_test',
    event_attributes: { http_request: { client_ip: '127.0.0.1', user_agent: 'test' } },
  } as unknown as WebhookEvent;
}

export const userCreated = (id: string, f: UserFields = {}) => event('user.created', userData(id, f));
export const userUpdated = (id: string, f: UserFields = {}) => event('user.updated', userData(id, f));
export const userDeleted = (id: string) => event('user.deleted', { object: 'user', id, deleted: true });
export const otherEvent = (type: string) => event(type, { object: 'session', id: 'sess_1' });
