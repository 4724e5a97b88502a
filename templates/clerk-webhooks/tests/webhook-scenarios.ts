import { beforeEach, describe, expect, it } from 'vitest';
import { handleClerkEvent, type WebhookDb } from '@/lib/webhooks';
import { otherEvent, userCreated, userDeleted, userUpdated } from './clerk-events';

export interface TestDb {
  db: WebhookDb;
  /** Every User row, as { clerkId, email, name }. */
  users(): Promise<{ clerkId: string; email: string | null; name: string | null }[]>;
}

/** The webhook handler's contract, run against any database (an in-memory fake, a real SQLite file...). */
export function describeWebhookHandler(label: string, setup: () => Promise<TestDb>) {
  describe(`handleClerkEvent (${label})`, () => {
    let t: TestDb;
    const handle = (event: Parameters<typeof handleClerkEvent>[0]) => handleClerkEvent(event, t.db);
    const simple = async () =>
      (await t.users()).map(({ clerkId, email, name }) => ({ clerkId, email, name })).sort((a, b) => a.clerkId.localeCompare(b.clerkId));

    beforeEach(async () => {
      t = await setup();
    });

    it('user.created writes one row with the primary email and the name', async () => {
      expect(await handle(userCreated('user_1', { email: 'Ada@Example.com', firstName: 'Ada', lastName: 'Lovelace' }))).toBe('created');
      expect(await simple()).toEqual([{ clerkId: 'user_1', email: 'ada@example.com', name: 'Ada Lovelace' }]);
    });

    it('a repeated delivery leaves one row and does not throw', async () => {
      const event = userCreated('user_1', { email: 'a@example.com' });
      await handle(event);
      await handle(event);
      await handle(event);
      expect(await simple()).toEqual([{ clerkId: 'user_1', email: 'a@example.com', name: null }]);
    });

    it('user.updated changes the email', async () => {
      await handle(userCreated('user_1', { email: 'old@example.com', updatedAt: 1000 }));
      expect(await handle(userUpdated('user_1', { email: 'new@example.com', updatedAt: 2000 }))).toBe('updated');
      expect(await simple()).toEqual([{ clerkId: 'user_1', email: 'new@example.com', name: null }]);
    });

    it('user.updated before user.created (out of order) creates the row, and the late create does not roll it back', async () => {
      await handle(userUpdated('user_1', { email: 'new@example.com', updatedAt: 2000 }));
      expect(await handle(userCreated('user_1', { email: 'old@example.com', updatedAt: 1000 }))).toBe('stale');
      expect(await simple()).toEqual([{ clerkId: 'user_1', email: 'new@example.com', name: null }]);
    });

    it('a user without an email address (phone or username sign-up) is stored with a null email', async () => {
      await handle(userCreated('user_1', { username: 'ada' }));
      await handle(userCreated('user_2', { username: 'bob' }));
      expect(await simple()).toEqual([
        { clerkId: 'user_1', email: null, name: 'ada' },
        { clerkId: 'user_2', email: null, name: 'bob' },
      ]);
    });

    it('a recreated account takes over the email an old row still holds', async () => {
      await handle(userCreated('user_old', { email: 'same@example.com' }));
      // user.deleted for user_old was lost or has not arrived yet.
      expect(await handle(userCreated('user_new', { email: 'same@example.com' }))).toBe('created');
      expect(await simple()).toEqual([
        { clerkId: 'user_new', email: 'same@example.com', name: null },
        { clerkId: 'user_old', email: null, name: null },
      ]);
    });

    it('concurrent deliveries of the same user.created leave one row', async () => {
      const event = userCreated('user_1', { email: 'race@example.com' });
      const results = await Promise.all([handle(event), handle(event), handle(event)]);
      expect(results).toContain('created');
      expect(await simple()).toEqual([{ clerkId: 'user_1', email: 'race@example.com', name: null }]);
    });

    it('user.deleted removes the row; repeated or for an unknown user it is a no-op', async () => {
      await handle(userCreated('user_1', { email: 'a@example.com' }));
      expect(await handle(userDeleted('user_1'))).toBe('deleted');
      expect(await handle(userDeleted('user_1'))).toBe('absent');
      expect(await handle(userDeleted('user_unknown'))).toBe('absent');
      expect(await simple()).toEqual([]);
    });

    it('events it does not handle are acknowledged without writing', async () => {
      expect(await handle(otherEvent('session.created'))).toBe('ignored');
      expect(await simple()).toEqual([]);
    });
  });
}
