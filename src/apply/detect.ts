import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { usageError } from '../errors.js';
import { DBS, type Db, PACKAGE_MANAGERS, type PackageManager, type Service } from '../options.js';
import type { PatternId } from '../options.js';
import { packageManagers } from '../package-managers.js';
import { MANIFEST } from '../render/render.js';

export interface Manifest {
  cliVersion: string;
  options: { pattern: PatternId; db: Db; pm: PackageManager; services: Service[] };
  files: Record<string, string>;
}

/** What `add` needs to know about an existing project. */
export interface Project {
  root: string;
  name: string;
  manifest?: Manifest;
  /** The major of Next.js installed, else the one package.json asks for. */
  nextMajor: number;
  /** The app router lives in `src/app` (else `app`). */
  srcDir: boolean;
  /** The tsconfig path alias that points at the source root (`@/`), or null when there is none. */
  alias: string | null;
  pm?: PackageManager;
  /** Provider of an existing Prisma schema, when it is one we generate for. */
  db?: Db;
  /** An existing middleware/proxy file (relative path), which ours must not sit beside. */
  middleware?: string;
}

const readJson = (file: string): Record<string, any> | undefined => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
};

/** tsconfig files may hold comments and trailing commas. */
export function readJsonc(file: string): Record<string, any> | undefined {
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\/|("(?:\\.|[^"\\])*")|\/\/[^\n]*/g, (m, str) => str ?? '')
    .replace(/,(\s*[}\]])/g, '$1');
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();

function majorOf(range: string | undefined): number | undefined {
  const m = range?.match(/(\d+)(?:\.\d+)?/);
  return m ? Number(m[1]) : undefined;
}

/** The alias whose target is the source root, following `extends` to relative files. */
function findAlias(root: string, srcDir: boolean): string | null {
  const sourceRoot = path.join(root, srcDir ? 'src' : '.');
  const seen = new Set<string>();
  let file: string | undefined = path.join(root, 'tsconfig.json');
  while (file && !seen.has(file) && existsSync(file)) {
    seen.add(file);
    const config = readJsonc(file);
    const options = config?.compilerOptions ?? {};
    const base = path.resolve(path.dirname(file), options.baseUrl ?? '.');
    for (const [key, targets] of Object.entries<string[]>(options.paths ?? {})) {
      if (!key.endsWith('/*') || !Array.isArray(targets)) continue;
      if (targets.some((t) => path.resolve(base, t.replace(/\/?\*$/, '')) === sourceRoot)) return key.slice(0, -1);
    }
    const ext: unknown = config?.extends;
    file = typeof ext === 'string' && ext.startsWith('.') ? path.resolve(path.dirname(file), ext.endsWith('.json') ? ext : `${ext}.json`) : undefined;
  }
  return null;
}

function findPm(root: string, pkg: Record<string, any>): PackageManager | undefined {
  const field = String(pkg.packageManager ?? '').split('@')[0] ?? '';
  if ((PACKAGE_MANAGERS as readonly string[]).includes(field)) return field as PackageManager;
  for (const pm of PACKAGE_MANAGERS) if (existsSync(path.join(root, packageManagers[pm].lockfile))) return pm;
  if (existsSync(path.join(root, 'bun.lockb'))) return 'bun';
  return undefined;
}

function findDb(root: string): Db | undefined {
  for (const rel of ['prisma/schema.prisma', 'schema.prisma']) {
    const file = path.join(root, rel);
    if (!existsSync(file)) continue;
    const provider = readFileSync(file, 'utf8').match(/datasource\s+\w+\s*{[^}]*provider\s*=\s*"(\w+)"/)?.[1];
    if (provider && !(DBS as readonly string[]).includes(provider))
      throw usageError(`The Prisma schema uses "${provider}"; add supports ${DBS.join(' and ')}. Switch the datasource or add by hand.`);
    return provider as Db | undefined;
  }
  return undefined;
}

/** Sniffs the project at `root`; a folder that is not a Next.js app is a usage error saying what was looked for. */
export function detectProject(root: string): Project {
  const pkg = readJson(path.join(root, 'package.json'));
  if (!pkg) throw usageError(`No package.json in ${root}: add works inside a Next.js app (run it there, or pass --cwd).`);
  const manifest = readJson(path.join(root, MANIFEST)) as Manifest | undefined;
  const nextRange: string | undefined = pkg.dependencies?.next ?? pkg.devDependencies?.next;
  const appDir = isDir(path.join(root, 'app')) ? 'app' : isDir(path.join(root, 'src/app')) ? 'src/app' : undefined;
  if (!nextRange || !appDir)
    throw usageError(
      `${root} is not a Next.js app router project: looked for "next" in package.json and an app/ or src/app/ folder.`,
    );
  const installed = readJson(path.join(root, 'node_modules/next/package.json'))?.version as string | undefined;
  const nextMajor = majorOf(installed) ?? majorOf(nextRange) ?? 16;
  const srcDir = appDir === 'src/app';
  const middleware = ['proxy', 'middleware']
    .flatMap((name) => ['ts', 'js', 'mjs'].map((ext) => `${srcDir ? 'src/' : ''}${name}.${ext}`))
    .find((rel) => existsSync(path.join(root, rel)));
  return {
    root,
    name: typeof pkg.name === 'string' ? pkg.name : path.basename(root),
    manifest,
    nextMajor,
    srcDir,
    alias: findAlias(root, srcDir),
    pm: manifest?.options.pm ?? findPm(root, pkg),
    db: manifest?.options.db ?? findDb(root),
    middleware,
  };
}
