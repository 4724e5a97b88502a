import { createPublicKey } from 'node:crypto';
import { verifyToken } from '@clerk/backend';
import type { RequestHandler } from 'express';

/**
 * How this service verifies the Clerk tokens it receives.
 *
 * The web app calls it with a JWT template token (`getToken({ template })`), not a session token, so
 * `clerkMiddleware()`/`getAuth()` would reject it (token-type mismatch): `verifyToken()` checks the
 * signature, `exp`, `nbf` and (when configured) `azp`, which is all a JWT template token carries.
 */
export interface AuthConfig {
  /** PEM public key of the Clerk instance: verification with no network call (preferred). */
  jwtKey?: string;
  /** Without `jwtKey`, the instance's JWKS is fetched from Clerk's Backend API with this key (cached). */
  secretKey?: string;
  /** Clerk's Backend API, only to fetch the JWKS (default https://api.clerk.com). */
  apiUrl?: string;
  /** When non-empty, a token's `azp` claim must be one of these origins (a token without `azp` is refused). */
  authorizedParties: string[];
}

/** What a verified token tells a route handler. */
export interface VerifiedAuth {
  userId: string;
  claims: Record<string, unknown>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      auth?: VerifiedAuth;
    }
  }
}

/**
 * Reads the auth settings from the environment: `CLERK_JWT_KEY` (or else `CLERK_SECRET_KEY`, with the optional
 * `CLERK_API_URL`) and `CLERK_AUTHORIZED_PARTIES` (comma-separated). Throws when no key is set, so a
 * misconfigured service fails at start instead of answering 401 to everyone.
 */
export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const jwtKey = normalizePem(env.CLERK_JWT_KEY);
  const secretKey = env.CLERK_SECRET_KEY?.trim() || undefined;
  if (!jwtKey && !secretKey) {
    throw new Error(
      'Set CLERK_JWT_KEY (Clerk Dashboard → API keys → JWT public key, PEM) or CLERK_SECRET_KEY to verify tokens.',
    );
  }
  if (jwtKey) assertRsaPublicKey(jwtKey);
  return {
    jwtKey,
    secretKey,
    apiUrl: env.CLERK_API_URL?.trim() || undefined,
    authorizedParties: (env.CLERK_AUTHORIZED_PARTIES ?? '')
      .split(',')
      .map((party) => party.trim())
      .filter(Boolean),
  };
}

/** Accepts the PEM with real newlines, with `\n` escapes (one-line `.env` values) or as the bare base64 body. */
function normalizePem(value: string | undefined): string | undefined {
  const pem = value?.replace(/\\n/g, '\n').trim();
  if (!pem) return undefined;
  return pem.startsWith('-----BEGIN') ? pem : `-----BEGIN PUBLIC KEY-----\n${pem}\n-----END PUBLIC KEY-----`;
}

function assertRsaPublicKey(pem: string): void {
  let type: string | undefined;
  try {
    type = createPublicKey(pem).asymmetricKeyType;
  } catch (error) {
    throw new Error(`CLERK_JWT_KEY is not a PEM public key: ${(error as Error).message}`);
  }
  if (type !== 'rsa') throw new Error(`CLERK_JWT_KEY is a ${type} key; Clerk signs with RSA (RS256).`);
}

/** The token from `Authorization: Bearer <token>`, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

export type AuthLogger = (message: string) => void;

/**
 * Express middleware for protected routes: answers 401 `{"error":"unauthenticated"}` unless the request carries
 * a valid Clerk token, else sets `res.locals.auth` and continues.
 */
export function requireClerkToken(config: AuthConfig, log: AuthLogger = console.warn): RequestHandler {
  return async (req, res, next) => {
    const token = bearerToken(req.get('authorization'));
    if (!token) {
      unauthenticated(res);
      return;
    }
    try {
      const claims = await verifyToken(token, {
        jwtKey: config.jwtKey,
        secretKey: config.secretKey,
        apiUrl: config.apiUrl,
        authorizedParties: config.authorizedParties.length > 0 ? config.authorizedParties : undefined,
      });
      if (typeof claims.sub !== 'string' || claims.sub === '') throw new Error('the token has no sub claim');
      res.locals.auth = { userId: claims.sub, claims };
    } catch (error) {
      // The reason goes to the log, never to the caller.
      log(`401 ${req.method} ${req.baseUrl}${req.path}: ${error instanceof Error ? error.message : String(error)}`);
      unauthenticated(res, 'invalid_token');
      return;
    }
    next();
  };
}

function unauthenticated(res: Parameters<RequestHandler>[1], error?: 'invalid_token'): void {
  res
    .status(401)
    .set('WWW-Authenticate', error ? `Bearer error="${error}"` : 'Bearer')
    .json({ error: 'unauthenticated' });
}
