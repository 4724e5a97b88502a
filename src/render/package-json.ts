import type { PackageManager } from '../options.js';
import type { Contribution } from '../parts/types.js';
import { versionOf } from '../versions.js';
import { codeUnitOrder } from './tree.js';

const sortKeys = (record: Record<string, string>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => codeUnitOrder(a, b)));

const pin = (names: string[], pins: Record<string, string>) => sortKeys(Object.fromEntries(names.map((n) => [n, versionOf(n, pins)])));

/** How each manager lets a dependency run its install script (npm 11 blocks them unless listed). */
function buildScriptsField(pm: PackageManager, names: string[]): Record<string, unknown> {
  if (names.length === 0) return {};
  const sorted = [...names].sort();
  switch (pm) {
    case 'npm':
      return { allowScripts: Object.fromEntries(sorted.map((n) => [n, true])) };
    case 'pnpm':
      return { pnpm: { onlyBuiltDependencies: sorted } };
    case 'bun':
      return { trustedDependencies: sorted };
    case 'yarn':
      return {};
  }
}

export interface PackageJsonInput {
  name: string;
  pm: PackageManager;
  contributions: Contribution[];
  /** Versions forced on the whole project (see reactNativePins). */
  pins?: Record<string, string>;
  /** Install-script approvals for the whole workspace; npm reads them from the root package.json only. */
  hoistedBuild?: string[];
}

/** One package.json from every contribution mounted at the same place; null when none adds anything. */
export function buildPackageJson({ name, pm, contributions, pins = {}, hoistedBuild }: PackageJsonInput): Record<string, unknown> | null {
  const deps = new Set<string>();
  const devDeps = new Set<string>();
  const build = new Set<string>();
  const scripts: Record<string, string> = {};
  const extra: Record<string, unknown> = {};
  for (const c of contributions) {
    Object.assign(extra, c.packageJson);
    c.dependencies?.forEach((d) => deps.add(d));
    c.devDependencies?.forEach((d) => devDeps.add(d));
    c.buildDependencies?.forEach((d) => build.add(d));
    for (const [key, command] of Object.entries(c.scripts ?? {})) {
      if (scripts[key] !== undefined && scripts[key] !== command)
        throw new Error(`Two parts define the script "${key}" differently: "${scripts[key]}" and "${command}".`);
      scripts[key] = command;
    }
  }
  for (const d of deps) devDeps.delete(d);
  if (deps.size + devDeps.size + Object.keys(scripts).length + Object.keys(extra).length === 0) return null;
  return {
    name,
    version: '0.1.0',
    private: true,
    ...extra,
    ...(Object.keys(scripts).length ? { scripts } : {}),
    ...(deps.size ? { dependencies: pin([...deps], pins) } : {}),
    ...(devDeps.size ? { devDependencies: pin([...devDeps], pins) } : {}),
    ...buildScriptsField(pm, hoistedBuild ?? [...build]),
  };
}
