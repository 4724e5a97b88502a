import type { EnvVar, Part, TemplateContext } from './types.js';

/**
 * The variables every downstream service reads to verify the Clerk JWT template tokens the web app sends:
 * the same names in every language, only the fallback when no PEM key is set differs.
 */
export function serviceEnv(ctx: TemplateContext, fallback: EnvVar): EnvVar[] {
  return [
    { key: 'PORT', value: String(ctx.service?.port ?? 4001), comment: 'Port this service listens on.' },
    {
      key: 'CLERK_JWT_KEY',
      comment:
        'Clerk Dashboard → API keys → JWT public key (PEM): verifies tokens with no network call. On one line, write its newlines as \\n.',
    },
    fallback,
    {
      key: 'CLERK_AUTHORIZED_PARTIES',
      comment:
        "Optional, comma-separated origins (e.g. http://localhost:3000). Set: a token's azp must be one of them, and a token without azp is refused. Leave empty while the web app gets tokens on the server: those come from Clerk's Backend API, with no Origin, so no azp.",
    },
  ];
}

export const serviceNode: Part = {
  id: 'service-node',
  summary: 'Express 5 service (TypeScript) verifying Clerk JWT template tokens with verifyToken',
  contribute: (ctx) => ({
    dependencies: ['express', '@clerk/backend', 'dotenv'],
    devDependencies: ['typescript', '@types/node', '@types/express', 'tsx', 'vitest'],
    scripts: {
      dev: 'tsx watch src/server.ts',
      build: 'tsc -p tsconfig.build.json',
      start: 'node dist/server.js',
      test: 'vitest run',
      typecheck: 'tsc --noEmit',
    },
    env: serviceEnv(ctx, {
      key: 'CLERK_SECRET_KEY',
      comment:
        'Only if CLERK_JWT_KEY is empty: Clerk Dashboard → API keys → Secret key. The JWKS is then fetched from Clerk (network).',
    }),
    gitignore: ['dist/', 'node_modules/', '.env'],
  }),
};
