import type { Db, PackageManager, PatternId, Service } from '../options.js';

export type PartId =
  | 'next-app'
  | 'prisma'
  | 'clerk-webhooks'
  | 'organizations'
  | 'bff-proxy'
  | 'service-node'
  | 'service-python'
  | 'service-go'
  | 'express-api'
  | 'expo-app'
  | 'web-client'
  | 'workspace'
  | 'compose'
  | 'local-postgres';

/** One variable of a generated `.env.example`. `value` is a safe default or placeholder, never a secret. */
export interface EnvVar {
  key: string;
  value?: string;
  /** Where to get it: shown as a comment above the line. */
  comment: string;
}

/** What a part adds to the package.json, `.env.example` and `.gitignore` at its mount point. */
export interface Contribution {
  /** Package names; their ranges come from the version table (src/versions.ts). */
  dependencies?: string[];
  devDependencies?: string[];
  scripts?: Record<string, string>;
  env?: EnvVar[];
  gitignore?: string[];
  /** Dependencies whose install scripts must run (npm `allowScripts`, pnpm `onlyBuiltDependencies`, bun `trustedDependencies`). */
  buildDependencies?: string[];
  /** Other package.json fields, as they are (`type`, `workspaces`, `engines`). */
  packageJson?: Record<string, unknown>;
}

/** The data every template of a part is rendered with. */
export interface TemplateContext {
  name: string;
  pattern: PatternId;
  db: Db;
  sqlite: boolean;
  postgresql: boolean;
  pm: PackageManager;
  /** How to run a package script with the chosen manager: `npm run`, `pnpm`, `yarn`, `bun run`. */
  run: string;
  /** How to run a package binary: `npx`, `pnpm exec`, `yarn`, `bunx`. */
  exec: string;
  /** Which parts the pattern has, anywhere: `{{#if has.organizations}}`. */
  has: Partial<Record<PartId, boolean>>;
  services: Service[];
  /** Set for a part mounted once per service (service-node, service-python, service-go). */
  service?: Service;
  /** Where this part is mounted, relative to the project root ('.' or e.g. 'apps/web'). */
  mount: string;
  /** Major of Next.js the project runs: 16+ names the middleware file `proxy.ts`. */
  nextMajor: number;
  /** `proxy` (Next 16+) or `middleware`. */
  middlewareFile: 'proxy' | 'middleware';
  /** The folders (other than the root) that get a package.json: a workspace root lists them. */
  workspaces: string[];
}

export interface Part {
  id: PartId;
  /** One line for `list`. */
  summary: string;
  /** Templates live in `templates/<id>/`, mirroring the output tree from the mount point. */
  contribute?: (ctx: TemplateContext) => Contribution;
  /**
   * Files (relative to the mount) that make a new project run but belong to the host project when adding:
   * its home page, its configs, its README. `add` neither creates nor replaces them.
   */
  shell?: string[];
  /** Versions this part forces on every package of the project, over the version table (see reactNativePins). */
  pins?: Record<string, string>;
}
