import { clerkMiddleware } from '@clerk/express';
import { verifyWebhook } from '@clerk/express/webhooks';
import cors from 'cors';
import express, { type ErrorRequestHandler } from 'express';
import { signedInUserId } from './auth.js';
import type { Db } from './db.js';
import { deleteUser, upsertUser } from './users.js';

export interface AppOptions {
  db: Db;
  /** Browser origins allowed to call this API (CORS) and accepted as a token's `azp`. */
  webOrigins: string[];
}

/** Builds the Express app without listening, so tests can start it on any port (server.ts listens). */
export function createApp({ db, webOrigins }: AppOptions) {
  const app = express();
  app.disable('x-powered-by');

  // CORS for the web app only. Native apps are not browsers: they send no Origin and need no CORS.
  // The preflight must allow the Authorization header, which carries the session token.
  app.use(cors({ origin: webOrigins, allowedHeaders: ['Authorization', 'Content-Type'], maxAge: 600 }));

  // Clerk webhooks: before clerkMiddleware and before any JSON parser, because the signature covers
  // the exact bytes received (express.raw keeps them). Clerk redelivers on any non-2xx answer, so
  // every handler is idempotent and a repeat answers 200.
  app.post('/api/webhooks/clerk', express.raw({ type: 'application/json' }), async (req, res) => {
    if (!process.env.CLERK_WEBHOOK_SIGNING_SECRET) {
      res.status(500).json({ error: 'CLERK_WEBHOOK_SIGNING_SECRET is not set' });
      return;
    }
    let event;
    try {
      event = await verifyWebhook(req); // reads CLERK_WEBHOOK_SIGNING_SECRET
    } catch {
      res.status(400).json({ error: 'invalid webhook signature' });
      return;
    }
    switch (event.type) {
      case 'user.created':
      case 'user.updated':
        await upsertUser(db, event.data);
        break;
      case 'user.deleted':
        await deleteUser(db, event.data.id);
        break;
      default:
        res.json({ ok: true, ignored: event.type });
        return;
    }
    res.json({ ok: true, type: event.type });
  });

  // Verifies the session token (Authorization: Bearer, or the __session cookie) on every request and
  // attaches the result for getAuth(). With CLERK_JWT_KEY set, no network call is made.
  // No `authorizedParties` here on purpose: see signedInUserId in auth.ts.
  app.use(clerkMiddleware());
  app.use(express.json());

  app.get('/api/public', (_req, res) => {
    res.json({ message: 'Anyone can read this.' });
  });

  app.get('/api/profile', async (req, res) => {
    const userId = signedInUserId(req, webOrigins);
    // An API answers 401 JSON; `requireAuth()` would redirect to a sign-in page instead.
    if (!userId) {
      res.status(401).json({ error: 'unauthenticated' });
      return;
    }
    // The row appears when the user.created webhook arrives, which can be after the first sign-in.
    const user = await db.user.findUnique({ where: { clerkId: userId } });
    res.json({ userId, user });
  });

  app.use((_req, res) => {
    res.status(404).json({ error: 'not found' });
  });

  const onError: ErrorRequestHandler = (error, _req, res, _next) => {
    console.error(error);
    res.status(500).json({ error: 'internal error' });
  };
  app.use(onError);

  return app;
}
