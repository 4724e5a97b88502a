import type { PackageManager } from './options.js';

/** What each package manager calls things; used by templates, post steps and next-step hints. */
export const packageManagers: Record<
  PackageManager,
  { install: string[]; run: string; exec: string; lockfile: string }
> = {
  npm: { install: ['install'], run: 'npm run', exec: 'npx', lockfile: 'package-lock.json' },
  pnpm: { install: ['install'], run: 'pnpm', exec: 'pnpm exec', lockfile: 'pnpm-lock.yaml' },
  yarn: { install: ['install'], run: 'yarn', exec: 'yarn', lockfile: 'yarn.lock' },
  bun: { install: ['install'], run: 'bun run', exec: 'bunx', lockfile: 'bun.lock' },
};

/** The manager that launched us (`npm_config_user_agent` is `pnpm/9.1.0 npm/? node/v20...`), if any. */
export function managerFromUserAgent(userAgent: string | undefined): PackageManager | undefined {
  const name = userAgent?.split(' ')[0]?.split('/')[0];
  return name === 'npm' || name === 'pnpm' || name === 'yarn' || name === 'bun' ? name : undefined;
}
