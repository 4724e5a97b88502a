import { serviceEnv } from './service-node.js';
import type { Part } from './types.js';

/**
 * A net/http service verifying Clerk JWT template tokens with clerk-sdk-go/v2; its handlers and auth decisions
 * sit in `internal/api`, free of the SDK, so `go test ./internal/...` needs the standard library only. Its Go
 * module is its own template (go.mod): it adds nothing to a package.json.
 */
export const serviceGo: Part = {
  id: 'service-go',
  summary: 'Go net/http service verifying Clerk JWT template tokens with clerk-sdk-go/v2',
  contribute: (ctx) => ({
    env: serviceEnv(ctx, {
      key: 'CLERK_SECRET_KEY',
      comment:
        'Only if CLERK_JWT_KEY is empty: Clerk Dashboard → API keys → Secret key. The SDK then fetches the JWKS from Clerk (network).',
    }),
    gitignore: ['/bin/', '.env'],
  }),
};
