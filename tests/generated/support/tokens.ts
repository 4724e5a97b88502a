/**
 * Clerk-shaped JWTs minted locally with node:crypto, so generated apps verify them with no network
 * (the app gets the public key as CLERK_JWT_KEY). See STACK-NOTES "Verifying tokens without a network".
 */
import { createSign, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';

export interface SigningKey {
  privateKey: KeyObject;
  /** SPKI PEM: the value for CLERK_JWT_KEY. */
  publicKeyPem: string;
  kid: string;
}

/** An RS256 key pair. 2048 bits: Clerk's PEM loader rejects 3072/4096-bit keys. */
export function makeSigningKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKey,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    kid: `ins_test_${randomBytes(6).toString('hex')}`,
  };
}

const b64url = (data: string | Buffer): string => Buffer.from(data).toString('base64url');
const now = (): number => Math.floor(Date.now() / 1000);

/** Signs any header/payload with RS256 (kid and typ filled in unless given). */
export function signJwt(key: SigningKey, payload: Record<string, unknown>, header: Record<string, unknown> = {}): string {
  const head = { alg: 'RS256', typ: 'JWT', kid: key.kid, ...header };
  const input = `${b64url(JSON.stringify(head))}.${b64url(JSON.stringify(payload))}`;
  const signature = createSign('RSA-SHA256').update(input).sign(key.privateKey);
  return `${input}.${b64url(signature)}`;
}

export interface OrgClaim {
  id: string;
  /** Role without the `org:` prefix, as in session tokens v2 (`admin`, `member`). */
  rol: string;
  slg: string;
}

export interface SessionTokenOptions {
  sub: string;
  /** Authorized party (the origin of the frontend). `null` leaves the claim out. */
  azp?: string | null;
  sid?: string;
  iss?: string;
  /** Seconds from now until exp (default 600). Negative makes an expired token. */
  expiresIn?: number;
  /** iat/nbf as unix seconds (default: now minus 10 s, to allow for clock skew). */
  issuedAt?: number;
  org?: OrgClaim;
  /** Extra claims merged last. */
  claims?: Record<string, unknown>;
}

/** A Clerk session token (v2 claims): what `getToken()` gives a signed-in browser. */
export function sessionToken(key: SigningKey, opts: SessionTokenOptions): string {
  const iat = opts.issuedAt ?? now() - 10;
  const payload: Record<string, unknown> = {
    iss: opts.iss ?? 'https://clerk.example.com',
    sub: opts.sub,
    sid: opts.sid ?? `sess_${randomBytes(8).toString('hex')}`,
    iat,
    nbf: iat,
    exp: iat + 10 + (opts.expiresIn ?? 600),
    v: 2,
  };
  if (opts.azp !== null && opts.azp !== undefined) payload.azp = opts.azp;
  if (opts.org) payload.o = { ...opts.org };
  Object.assign(payload, opts.claims);
  return signJwt(key, payload);
}

/** A session token whose exp is an hour in the past (iat/nbf before it). */
export function expiredSessionToken(key: SigningKey, opts: Omit<SessionTokenOptions, 'expiresIn' | 'issuedAt'>): string {
  return sessionToken(key, { ...opts, issuedAt: now() - 7200, expiresIn: 3600 - 10 }); // exp = now - 1 h
}

export interface TemplateTokenOptions {
  sub: string;
  azp?: string | null;
  iss?: string;
  expiresIn?: number;
  /** The template's custom claims (e.g. `aud`, `org_id`, `email`). */
  claims?: Record<string, unknown>;
}

/**
 * A JWT-template token (`getToken({ template })`): no `sid`, header `cat`. `clerkMiddleware`/`auth()` reject it
 * as a token-type mismatch; services verify it with `verifyToken` from `@clerk/backend`.
 */
export function templateToken(key: SigningKey, opts: TemplateTokenOptions): string {
  const iat = now() - 10;
  const payload: Record<string, unknown> = {
    iss: opts.iss ?? 'https://clerk.example.com',
    sub: opts.sub,
    iat,
    nbf: iat,
    exp: iat + 10 + (opts.expiresIn ?? 600),
    jti: randomBytes(10).toString('hex'),
  };
  if (opts.azp !== null && opts.azp !== undefined) payload.azp = opts.azp;
  Object.assign(payload, opts.claims);
  return signJwt(key, payload, { cat: 'cl_B7d4PD222AAA' });
}

/** Decodes a JWT's payload without verifying it (for assertions on what was minted). */
export function decodePayload(token: string): Record<string, unknown> {
  const part = token.split('.')[1];
  if (!part) throw new Error('not a JWT');
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** A dummy publishable key for `host` (`pk_live_` renders pages signed out with no network). */
export function publishableKey(host = 'clerk.example.com', kind: 'live' | 'test' = 'live'): string {
  return `pk_${kind}_${Buffer.from(`${host}$`).toString('base64')}`;
}
