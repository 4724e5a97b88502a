import { serviceEnv } from './service-node.js';
import type { Part } from './types.js';

/**
 * A FastAPI service verifying Clerk JWT template tokens with PyJWT. Its Python dependencies are in its own
 * templates (requirements.txt, pyproject.toml): it adds nothing to a package.json.
 */
export const servicePython: Part = {
  id: 'service-python',
  summary: 'FastAPI service verifying Clerk JWT template tokens with PyJWT (PEM key or JWKS URL)',
  contribute: (ctx) => ({
    env: serviceEnv(ctx, {
      key: 'CLERK_JWKS_URL',
      comment:
        'Only if CLERK_JWT_KEY is empty: https://<your Frontend API host>/.well-known/jwks.json (Clerk Dashboard → API keys → Frontend API URL). Fetched and cached (network).',
    }),
    gitignore: ['.venv/', '__pycache__/', '.pytest_cache/', '*.egg-info/', '.env'],
  }),
};
