import path from 'node:path';
import type { Options } from '../options.js';
import { packageManagers } from '../package-managers.js';
import { ALL_PART_IDS, partById } from '../parts/index.js';
import type { Contribution, PartId, TemplateContext } from '../parts/types.js';
import { patternById } from '../patterns/index.js';
import type { Mount } from '../patterns/types.js';
import { buildEnvFile, buildGitignore } from './env.js';
import { renderTemplate } from './handlebars.js';
import { buildPackageJson } from './package-json.js';
import { type TemplateSource, type Tree, asText, codeUnitOrder, joinPosix, sha256, sortedTree } from './tree.js';

export const MANIFEST = 'clerk-arch.json';

export interface RenderSettings {
  cliVersion: string;
  /** The Next.js major the project will run (decides proxy.ts vs middleware.ts). */
  nextMajor?: number;
}

export interface Plan {
  options: Options;
  files: Tree;
  /** Directories (relative to the root) whose package.json needs an install, root first. */
  packageDirs: string[];
  /** Directories holding a Prisma schema, for `prisma generate` after install. */
  prismaDirs: string[];
}


/** Where a template file lands: `.hbs` dropped, `_gitignore` → `.gitignore`, `proxy.ts` named for the Next major. */
function outputPath(file: string, ctx: TemplateContext): string {
  let out = file.endsWith('.hbs') ? file.slice(0, -4) : file;
  out = out.replace(/(^|\/)_gitignore$/, '$1.gitignore');
  out = out.replace(/(^|\/)proxy\.ts$/, `$1${ctx.middlewareFile}.ts`);
  return out;
}

/**
 * The whole project as an in-memory tree: pure (no disk, no network), so every option combination
 * can be rendered and checked in unit tests, and a failure leaves nothing half-written.
 */
export function render(options: Options, source: TemplateSource, settings: RenderSettings): Plan {
  const pattern = patternById(options.pattern);
  if (!pattern) throw new Error(`Unknown pattern "${options.pattern}".`);
  const mounts = pattern.mounts(options);
  const nextMajor = settings.nextMajor ?? 16;
  const has = Object.fromEntries(ALL_PART_IDS.map((id) => [id, mounts.some((m) => m.part === id)])) as Record<PartId, boolean>;
  const pm = packageManagers[options.pm];
  const base = {
    name: options.name,
    pattern: options.pattern,
    db: options.db,
    sqlite: options.db === 'sqlite',
    postgresql: options.db === 'postgresql',
    pm: options.pm,
    run: pm.run,
    exec: pm.exec,
    has,
    services: options.services,
    nextMajor,
    middlewareFile: nextMajor >= 16 ? 'proxy' : 'middleware',
  } as const;

  const ctxFor = (mount: Mount, workspaces: string[]): TemplateContext => ({
    ...base,
    workspaces,
    mount: mount.at,
    ...(mount.service ? { service: mount.service } : {}),
  });
  const contributionOf = (mount: Mount, workspaces: string[]) => partById(mount.part).contribute?.(ctxFor(mount, workspaces));
  // A workspace root lists the folders that get a package.json, which the other parts' contributions decide.
  const workspaces = [
    ...new Set(
      mounts
        .filter((m) => m.at !== '.')
        .filter((m) => {
          const c = contributionOf(m, []);
          return Boolean(c?.dependencies?.length || c?.devDependencies?.length || Object.keys(c?.scripts ?? {}).length);
        })
        .map((m) => m.at),
    ),
  ].sort();
  const pins = Object.assign({}, ...mounts.map((m) => partById(m.part).pins ?? {})) as Record<string, string>;

  const files: Tree = new Map();
  const contributionsAt = new Map<string, Contribution[]>();
  const prismaDirs = new Set<string>();

  for (const mount of mounts) {
    const ctx = ctxFor(mount, workspaces);
    for (const file of source(mount.part)) {
      const isTemplate = file.path.endsWith('.hbs');
      const name = `${mount.part}/${file.path}`;
      const content = isTemplate ? renderTemplate(file.precompiled ?? asText(file.content), ctx, name) : (file.content ?? '');
      if (isTemplate && (content as string).trim() === '') continue;
      const target = joinPosix(mount.at, outputPath(file.path, ctx));
      if (files.has(target)) throw new Error(`Two parts write ${target}: give one of them the file.`);
      files.set(target, content);
      if (/(^|\/)schema\.prisma$/.test(target)) prismaDirs.add(mount.at);
    }
    const contribution = contributionOf(mount, workspaces);
    if (contribution) contributionsAt.set(mount.at, [...(contributionsAt.get(mount.at) ?? []), contribution]);
  }

  // npm honours allowScripts only in the root package.json of a workspace: approvals move there.
  const allBuild = [...contributionsAt.values()].flat().flatMap((c) => c.buildDependencies ?? []);
  const packageDirs: string[] = [];
  for (const [at, contributions] of sortMounts(contributionsAt)) {
    const hoistedBuild = has.workspace ? (at === '.' ? [...new Set(allBuild)] : []) : undefined;
    const packageJson = buildPackageJson({ name: packageName(options.name, at), pm: options.pm, contributions, pins, hoistedBuild });
    if (packageJson) {
      addGenerated(files, joinPosix(at, 'package.json'), `${JSON.stringify(packageJson, null, 2)}\n`);
      packageDirs.push(at);
    }
    const env = contributions.flatMap((c) => c.env ?? []);
    const example = buildEnvFile(env, 'Copy to .env and fill in. Never commit real keys: .env is git-ignored.');
    if (example) {
      addGenerated(files, joinPosix(at, '.env.example'), example);
      addGenerated(files, joinPosix(at, '.env'), buildEnvFile(env, 'Your local settings (git-ignored). Fill in the Clerk keys.')!);
    }
    const ignore = buildGitignore(contributions.flatMap((c) => c.gitignore ?? []));
    if (ignore) addGenerated(files, joinPosix(at, '.gitignore'), ignore);
  }

  addGenerated(files, MANIFEST, manifest(options, files, settings.cliVersion));
  return { options, files: sortedTree(files), packageDirs, prismaDirs: [...prismaDirs] };
}

function addGenerated(files: Tree, target: string, content: string) {
  if (files.has(target)) throw new Error(`${target} is built from part declarations; remove the template that also writes it.`);
  files.set(target, content);
}

const sortMounts = (map: Map<string, Contribution[]>) =>
  [...map.entries()].sort(([a], [b]) => (a === '.' ? -1 : b === '.' ? 1 : codeUnitOrder(a, b)));

const packageName = (name: string, at: string) => (at === '.' ? name : `${name}-${path.posix.basename(at)}`);

/** `clerk-arch.json`: how the project was made and a hash per file, for `add` and a future `upgrade`. */
function manifest(options: Options, files: Tree, cliVersion: string): string {
  const hashes = Object.fromEntries(
    [...sortedTree(files).entries()].map(([file, content]) => [file, sha256(content)]),
  );
  const { pattern, db, pm, services } = options;
  return `${JSON.stringify({ cliVersion, options: { pattern, db, pm, services }, files: hashes }, null, 2)}\n`;
}

export type { Mount };
