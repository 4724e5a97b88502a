import type { Part } from './types.js';

/**
 * The Next.js app shell (App Router, `src/`, `@/*` alias): Clerk's proxy as the auth boundary, ClerkProvider
 * in the root layout, the sign-in/sign-up pages, a protected server page and client component, and
 * `GET /api/me`. The pages read the user's row through `@/lib/db`, so the prisma part is mounted beside it.
 */
export const nextApp: Part = {
  id: 'next-app',
  summary: 'Next.js 16 app: Clerk proxy (public/protected routes), ClerkProvider, sign-in/up pages, dashboard, /api/me',
  shell: ['README.md', 'next.config.ts', 'tsconfig.json', 'src/app/page.tsx', 'src/app/globals.css'],
  contribute: () => ({
    dependencies: ['@clerk/nextjs', 'next', 'react', 'react-dom'],
    devDependencies: ['@types/node', '@types/react', '@types/react-dom', 'typescript', 'vitest'],
    scripts: {
      dev: 'next dev',
      build: 'next build',
      start: 'next start',
      test: 'vitest run',
      typecheck: 'tsc --noEmit',
    },
    env: [
      {
        key: 'NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY',
        value: '',
        comment:
          'Clerk Dashboard → Configure → API keys → Publishable key (pk_test_... in development, pk_live_... in production).\n' +
          'Left empty in development, Clerk runs in keyless mode and creates temporary keys for you.',
      },
      {
        key: 'CLERK_SECRET_KEY',
        value: '',
        comment:
          'Clerk Dashboard → Configure → API keys → Secret key (sk_test_... / sk_live_..., from the same instance as the\n' +
          'publishable key). Server only: never give it a NEXT_PUBLIC_ name.',
      },
      {
        key: 'NEXT_PUBLIC_CLERK_SIGN_IN_URL',
        value: '/sign-in',
        comment: "The app's own sign-in page (src/app/sign-in). It must stay public (src/lib/routes.ts), or sign-in redirects to itself forever.",
      },
      {
        key: 'NEXT_PUBLIC_CLERK_SIGN_UP_URL',
        value: '/sign-up',
        comment: "The app's own sign-up page (src/app/sign-up), public like sign-in.",
      },
      {
        key: 'CLERK_JWT_KEY',
        value: '',
        comment:
          'Optional, recommended: Clerk Dashboard → Configure → API keys → JWT public key, PEM format. Session tokens are then\n' +
          'verified locally with no network call. Paste it in double quotes, keeping its line breaks (or writing them as \\n).',
      },
      {
        key: 'CLERK_AUTHORIZED_PARTIES',
        value: '',
        comment:
          "Optional: comma-separated origins allowed to send session tokens (the token's azp claim), e.g.\n" +
          'http://localhost:3000,https://app.example.com. Empty: not checked. Set it in production.',
      },
    ],
    gitignore: [
      '# dependencies',
      'node_modules/',
      '# Next.js',
      '.next/',
      'out/',
      'next-env.d.ts',
      '*.tsbuildinfo',
      '# env files: keys and secrets stay on your machine (.env.example is the committed template)',
      '.env',
      '.env*.local',
      '# logs',
      'npm-debug.log*',
      'yarn-debug.log*',
      'yarn-error.log*',
      '.DS_Store',
    ],
  }),
};
