import { event } from './clerk-events';

// Builders for Clerk's organization webhook events, shaped like Clerk's payloads (the fields the handlers read
// and their usual neighbours).

interface MembershipFields {
  role?: string;
  /** Clerk's updated_at, in milliseconds. */
  updatedAt?: number;
}

function membershipData(orgId: string, userId: string, f: MembershipFields) {
  return {
    object: 'organization_membership',
    id: `orgmem_${orgId}_${userId}`,
    role: f.role ?? 'org:member',
    permissions: [],
    public_metadata: {},
    created_at: 1_700_000_000_000,
    updated_at: f.updatedAt ?? 1_700_000_000_000,
    organization: { object: 'organization', id: orgId, name: orgId, slug: orgId.toLowerCase(), created_at: 1_700_000_000_000, updated_at: 1_700_000_000_000 },
    public_user_data: { user_id: userId, identifier: `${userId}@example.com`, first_name: null, last_name: null, image_url: '', has_image: false },
  };
}

export const membershipCreated = (orgId: string, userId: string, f: MembershipFields = {}) =>
  event('organizationMembership.created', membershipData(orgId, userId, f));
export const membershipUpdated = (orgId: string, userId: string, f: MembershipFields = {}) =>
  event('organizationMembership.updated', membershipData(orgId, userId, f));
export const membershipDeleted = (orgId: string, userId: string, f: MembershipFields = {}) =>
  event('organizationMembership.deleted', membershipData(orgId, userId, f));
export const organizationDeleted = (orgId: string) => event('organization.deleted', { object: 'organization', id: orgId, deleted: true });
