import express, { type ErrorRequestHandler } from 'express';
import { requireClerkToken, type AuthConfig, type AuthLogger } from './auth.js';
import { SERVICE_NAME } from './service.js';

export interface AppOptions {
  auth: AuthConfig;
  log?: AuthLogger;
}

export function createApp({ auth, log }: AppOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');

  // Public: for load balancers, compose health checks and the web app's status page.
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  // Everything under /api needs a valid Clerk token.
  app.use('/api', requireClerkToken(auth, log));

  app.get('/api/data', (_req, res) => {
    res.json({ service: SERVICE_NAME, userId: res.locals.auth?.userId });
  });

  app.use((_req, res) => {
    res.status(404).json({ error: 'not_found' });
  });

  const onError: ErrorRequestHandler = (error, _req, res, _next) => {
    console.error(error);
    res.status(500).json({ error: 'internal_error' });
  };
  app.use(onError);

  return app;
}
