import { codeUnitOrder } from '../../render/tree.js';

/** Adds our dependencies, scripts and install-script approvals; never changes or removes one of theirs. */
export function mergePackageJson(existing: string, ours: string): string {
  const theirs = JSON.parse(existing) as Record<string, any>;
  const mine = JSON.parse(ours) as Record<string, any>;
  const has = (name: string) => theirs.dependencies?.[name] !== undefined || theirs.devDependencies?.[name] !== undefined;
  for (const field of ['dependencies', 'devDependencies'] as const) {
    for (const [name, range] of Object.entries<string>(mine[field] ?? {})) {
      if (has(name)) continue;
      theirs[field] = { ...(theirs[field] ?? {}), [name]: range };
      theirs[field] = Object.fromEntries(Object.entries(theirs[field]).sort(([a], [b]) => codeUnitOrder(a, b)));
    }
  }
  for (const [key, command] of Object.entries<string>(mine.scripts ?? {}))
    if (theirs.scripts?.[key] === undefined) theirs.scripts = { ...(theirs.scripts ?? {}), [key]: command };
  for (const [name, allowed] of Object.entries<unknown>(mine.allowScripts ?? {}))
    if (theirs.allowScripts?.[name] === undefined) theirs.allowScripts = { ...(theirs.allowScripts ?? {}), [name]: allowed };
  const union = (a: string[] = [], b: string[] = []) => [...new Set([...a, ...b])];
  if (mine.pnpm?.onlyBuiltDependencies)
    theirs.pnpm = { ...(theirs.pnpm ?? {}), onlyBuiltDependencies: union(theirs.pnpm?.onlyBuiltDependencies, mine.pnpm.onlyBuiltDependencies) };
  if (mine.trustedDependencies) theirs.trustedDependencies = union(theirs.trustedDependencies, mine.trustedDependencies);
  const indent = existing.match(/^[ \t]+(?=")/m)?.[0] ?? '  ';
  const merged = `${JSON.stringify(theirs, null, indent)}${existing.endsWith('\n') ? '\n' : ''}`;
  return JSON.stringify(JSON.parse(existing)) === JSON.stringify(theirs) ? existing : merged;
}
