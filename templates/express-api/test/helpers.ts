// Test helpers that stand in for Clerk, with no network: RS256 session tokens signed by a local key
// (the API verifies them with CLERK_JWT_KEY, the public key) and webhook deliveries signed the way
// Clerk's webhook provider signs them.
import { createHmac, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';

// Clerk's PEM loader accepts 2048-bit RSA keys.
export function rsaKeys() {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { privateKey, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

const b64url = (value: object | Buffer) =>
  (Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value))).toString('base64url');

export interface TokenOptions {
  sub: string;
  /** Authorized party: the browser origin the token was minted for. Omitted for native apps. */
  azp?: string;
  /** Seconds from now; negative for an expired token. */
  expiresIn?: number;
}

/** A session token shaped like Clerk's (v2 claims). */
export function mintToken(privateKey: KeyObject, { sub, azp, expiresIn = 60 }: TokenOptions): string {
  const now = Math.floor(Date.now() / 1000);
  const header = { alg: 'RS256', typ: 'JWT', kid: 'ins_test' };
  const payload = {
    sub,
    sid: `sess_${randomBytes(8).toString('hex')}`,
    iss: 'https://clerk.example.com',
    iat: now - 5,
    nbf: now - 5,
    exp: now + expiresIn,
    v: 2,
    ...(azp === undefined ? {} : { azp }),
  };
  const input = `${b64url(header)}.${b64url(payload)}`;
  // RS256 = RSASSA-PKCS1-v1_5 with SHA-256.
  return `${input}.${b64url(sign('sha256', Buffer.from(input), privateKey))}`;
}

/** A fresh webhook signing secret: `whsec_` + base64 of the HMAC key. */
export const webhookSecret = () => `whsec_${randomBytes(24).toString('base64')}`;

/** Headers for `body`, signed with `secret`: HMAC-SHA256 over "<id>.<timestamp>.<body>". */
export function signWebhook(secret: string, body: string, id = `msg_${randomBytes(8).toString('hex')}`) {
  const timestamp = Math.floor(Date.now() / 1000).toString();
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const signature = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64');
  return {
    'content-type': 'application/json',
    'svix-id': id,
    'svix-timestamp': timestamp,
    'svix-signature': `v1,${signature}`,
  };
}

/** A user.created / user.updated payload as Clerk sends it (the fields the API reads). */
export function userEvent(
  type: 'user.created' | 'user.updated',
  id: string,
  email: string | null,
  name: { first?: string; last?: string } = {},
) {
  const emailId = `idn_${id}`;
  return {
    type,
    object: 'event',
    data: {
      id,
      object: 'user',
      email_addresses: email ? [{ id: emailId, object: 'email_address', email_address: email }] : [],
      primary_email_address_id: email ? emailId : null,
      first_name: name.first ?? null,
      last_name: name.last ?? null,
    },
  };
}
