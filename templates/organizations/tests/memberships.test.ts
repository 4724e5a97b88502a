import { createFakeOrgDb } from './fake-org-db';
import { describeMembershipHandlers } from './membership-scenarios';

// The organization webhook handlers against an in-memory database: no server, no network.
// (memberships.sqlite.test.ts runs the same scenarios against a migrated SQLite file.)
describeMembershipHandlers('in-memory database', async () => createFakeOrgDb().client);
