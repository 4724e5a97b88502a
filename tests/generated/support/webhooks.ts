/**
 * Webhook deliveries signed the way Clerk's provider (Svix / Standard Webhooks) signs them:
 * secret `whsec_<base64 key>`, headers svix-id / svix-timestamp / svix-signature `v1,<base64 HMAC-SHA256>`.
 */
import { createHmac, randomBytes } from 'node:crypto';

/** A fresh signing secret (the value for CLERK_WEBHOOK_SIGNING_SECRET). */
export function makeWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

export interface SignOptions {
  id?: string;
  /** Unix seconds (default now). The verifier allows ±5 minutes. */
  timestamp?: number;
}

/** The three headers for delivering `body` (the exact raw string that will be sent). */
export function signWebhook(secret: string, body: string, opts: SignOptions = {}): Record<string, string> {
  const id = opts.id ?? `msg_${randomBytes(12).toString('hex')}`;
  const timestamp = String(opts.timestamp ?? Math.floor(Date.now() / 1000));
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const signature = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64');
  return {
    'svix-id': id,
    'svix-timestamp': timestamp,
    'svix-signature': `v1,${signature}`,
    'content-type': 'application/json',
  };
}

export interface WebhookEvent<T = Record<string, unknown>> {
  data: T;
  object: 'event';
  type: string;
  timestamp: number;
  instance_id: string;
}

export function webhookEvent<T>(type: string, data: T): WebhookEvent<T> {
  return { data, object: 'event', type, timestamp: Date.now(), instance_id: 'ins_test' };
}

export interface UserFields {
  id: string;
  /** Primary email; null makes a user with no email (phone/username sign-up). */
  email?: string | null;
  firstName?: string | null;
  lastName?: string | null;
}

/** A Clerk `UserJSON`-shaped payload (the fields handlers read, plus the usual neighbours). */
export function userData(u: UserFields): Record<string, unknown> {
  const emailId = `idn_${u.id}_email`;
  const email = u.email === undefined ? `${u.id}@example.com` : u.email;
  const t = Date.now();
  return {
    object: 'user',
    id: u.id,
    email_addresses: email ? [{ object: 'email_address', id: emailId, email_address: email, verification: { status: 'verified', strategy: 'email_code' }, linked_to: [] }] : [],
    primary_email_address_id: email ? emailId : null,
    phone_numbers: [],
    primary_phone_number_id: null,
    username: null,
    first_name: u.firstName ?? null,
    last_name: u.lastName ?? null,
    image_url: 'https://img.clerk.com/placeholder',
    has_image: false,
    public_metadata: {},
    private_metadata: {},
    unsafe_metadata: {},
    external_accounts: [],
    created_at: t,
    updated_at: t,
    last_sign_in_at: null,
    banned: false,
    locked: false,
  };
}

export const userCreated = (u: UserFields) => webhookEvent('user.created', userData(u));
export const userUpdated = (u: UserFields) => webhookEvent('user.updated', userData(u));
export const userDeleted = (id: string) => webhookEvent('user.deleted', { object: 'user', id, deleted: true });

export interface OrgFields {
  id: string;
  name?: string;
  slug?: string;
}

export function organizationData(o: OrgFields): Record<string, unknown> {
  const t = Date.now();
  return {
    object: 'organization',
    id: o.id,
    name: o.name ?? o.id,
    slug: o.slug ?? o.id.toLowerCase(),
    image_url: '',
    has_image: false,
    public_metadata: {},
    private_metadata: {},
    max_allowed_memberships: 5,
    admin_delete_enabled: true,
    members_count: 1,
    created_at: t,
    updated_at: t,
  };
}

export const organizationCreated = (o: OrgFields) => webhookEvent('organization.created', organizationData(o));
export const organizationUpdated = (o: OrgFields) => webhookEvent('organization.updated', organizationData(o));
export const organizationDeleted = (id: string) => webhookEvent('organization.deleted', { object: 'organization', id, deleted: true });

export interface MembershipFields {
  id?: string;
  orgId: string;
  userId: string;
  /** `org:admin`, `org:member`, ... */
  role?: string;
  orgSlug?: string;
}

export function membershipData(m: MembershipFields): Record<string, unknown> {
  const t = Date.now();
  return {
    object: 'organization_membership',
    id: m.id ?? `orgmem_${m.orgId}_${m.userId}`,
    role: m.role ?? 'org:member',
    permissions: [],
    public_metadata: {},
    private_metadata: {},
    organization: organizationData({ id: m.orgId, slug: m.orgSlug }),
    public_user_data: { user_id: m.userId, identifier: `${m.userId}@example.com`, first_name: null, last_name: null, image_url: '', has_image: false },
    created_at: t,
    updated_at: t,
  };
}

export const membershipCreated = (m: MembershipFields) => webhookEvent('organizationMembership.created', membershipData(m));
export const membershipUpdated = (m: MembershipFields) => webhookEvent('organizationMembership.updated', membershipData(m));
export const membershipDeleted = (m: MembershipFields) => webhookEvent('organizationMembership.deleted', membershipData(m));
