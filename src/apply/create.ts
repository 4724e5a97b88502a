import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, rename, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { usageError } from '../errors.js';
import type { Tree } from '../render/tree.js';
import { resolveInside } from './paths.js';
import type { Transaction } from './transaction.js';

/** Entries a fresh target may already hold (editor and VCS leftovers). */
const HARMLESS = new Set(['.git', '.DS_Store', 'Thumbs.db', '.idea', '.vscode']);

/** Throws a usage error (exit 2, nothing touched) unless `target` is missing or holds only harmless entries. */
export function checkTarget(target: string, display: string): void {
  if (!existsSync(target)) return;
  if (!statSync(target).isDirectory()) throw usageError(`${display} exists and is a file. Choose another directory.`);
  const present = readdirSync(target).filter((e) => !HARMLESS.has(e));
  if (present.length > 0) {
    const shown = present.slice(0, 5).join(', ') + (present.length > 5 ? `, and ${present.length - 5} more` : '');
    throw usageError(`${display} is not empty (${shown}). Choose a new directory or empty this one.`);
  }
}

/** The top-most missing ancestor of `dir` (what `mkdir -p` would create first), or null. */
function firstMissing(dir: string): string | null {
  let missing: string | null = null;
  for (let d = path.resolve(dir); !existsSync(d); d = path.dirname(d)) missing = d;
  return missing;
}

// Synchronous on purpose: for a few dozen small files, each async write's round trip through the thread pool
// costs more than the write itself.
function writeTree(root: string, files: Tree) {
  const dirs = new Set<string>();
  const targets = [...files.keys()].map((rel) => resolveInside(root, rel));
  for (const t of targets) dirs.add(path.dirname(t));
  for (const d of [...dirs].sort()) mkdirSync(d, { recursive: true });
  [...files.values()].forEach((content, i) => writeFileSync(targets[i]!, content));
}

/**
 * Writes the tree into a staging folder beside `target`, then moves it into place: all or nothing.
 * Everything created is tracked, so the caller can roll back on a later failure or Ctrl-C.
 */
export async function createProject(files: Tree, target: string, tx: Transaction): Promise<void> {
  const parent = path.dirname(path.resolve(target));
  const createdParent = firstMissing(parent);
  if (createdParent) tx.track(createdParent);
  await mkdir(parent, { recursive: true });

  const staging = path.join(parent, `.${path.basename(target)}.clerk-arch-${process.pid}-${Date.now()}`);
  tx.track(staging);
  writeTree(staging, files);

  if (!existsSync(target)) {
    await rename(staging, target);
    tx.track(target);
    return;
  }
  // The target exists with only harmless entries (e.g. `.git`): move our entries in one by one.
  for (const entry of await readdir(staging)) {
    const dest = path.join(target, entry);
    if (existsSync(dest)) throw usageError(`${dest} appeared while writing; nothing of yours was changed.`);
    await rename(path.join(staging, entry), dest);
    tx.track(dest);
  }
  await rmdir(staging);
}
