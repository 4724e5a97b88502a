import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';

/** An RSA key pair like a Clerk instance's (Clerk's PEM loader wants 2048 bits). */
export function makeKeyPair(): { privateKey: KeyObject; publicKeyPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { privateKey, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/**
 * Signs an RS256 JWT shaped like a Clerk JWT template token: header `cat` and no `sid` claim.
 * `exp`/`nbf`/`iat` are seconds relative to now; `null` leaves a claim out.
 */
export function mintToken(
  privateKey: KeyObject,
  claims: Record<string, unknown> = {},
  times: { exp?: number | null; nbf?: number | null; iat?: number | null } = {},
): string {
  const now = Math.floor(Date.now() / 1000);
  const header = { alg: 'RS256', typ: 'JWT', kid: 'ins_test', cat: 'cl_B7d4PD222AAA' };
  const payload: Record<string, unknown> = {
    iss: 'https://clerk.example.com',
    sub: 'user_test_123',
    azp: 'http://localhost:3000',
    jti: 'jwt_test',
    ...claims,
  };
  const { exp = 60, nbf = -5, iat = -5 } = times;
  if (exp !== null) payload.exp = now + exp;
  if (nbf !== null) payload.nbf = now + nbf;
  if (iat !== null) payload.iat = now + iat;
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  const signature = createSign('RSA-SHA256').update(signingInput).sign(privateKey);
  return `${signingInput}.${base64url(signature)}`;
}
