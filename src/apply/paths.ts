import { lstatSync } from 'node:fs';
import path from 'node:path';

/**
 * The absolute path of `rel` inside `root`, refusing anything that could leave it: absolute paths,
 * `..`, backslashes, NUL, and (for paths that already exist) a symlink anywhere on the way.
 */
export function resolveInside(root: string, rel: string): string {
  const parts = rel.split('/');
  if (
    rel === '' ||
    rel.includes('\\') ||
    rel.includes('\0') ||
    path.posix.isAbsolute(rel) ||
    path.win32.isAbsolute(rel) ||
    parts.some((p) => p === '' || p === '.' || p === '..')
  ) {
    throw new Error(`Refusing to write "${rel}": generated paths must stay inside the project.`);
  }
  let current = path.resolve(root);
  for (const part of parts) {
    current = path.join(current, part);
    const stat = lstatSync(current, { throwIfNoEntry: false });
    if (!stat) break; // nothing below a missing folder can be a link yet
    if (stat.isSymbolicLink()) throw new Error(`Refusing to write "${rel}": ${path.relative(root, current)} is a symlink.`);
  }
  return path.join(path.resolve(root), ...parts);
}
