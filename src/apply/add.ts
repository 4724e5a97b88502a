import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Options } from '../options.js';
import { MANIFEST } from '../render/render.js';
import { codeUnitOrder, sha256 } from '../render/tree.js';
import type { Change } from './changes.js';
import type { Manifest } from './detect.js';
import { resolveInside } from './paths.js';
import type { Transaction } from './transaction.js';

export const BACKUP_DIR = '.clerk-arch/backups';

async function writeAtomic(file: string, content: string | Uint8Array) {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.clerk-arch-${process.pid}.tmp`;
  await writeFile(temp, content);
  await rename(temp, file);
}

/**
 * Writes the changes `add` decided on: creates, merges, updates, and the conflicts the user chose to
 * overwrite (their old file kept under .clerk-arch/backups/). Every write is tracked so Ctrl-C puts the
 * project back as it was. Returns the backup folder when one was made.
 */
export async function applyChanges(root: string, changes: Change[], overwrite: Set<string>, tx: Transaction): Promise<string | undefined> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  let backups: string | undefined;
  for (const change of changes) {
    const write =
      change.action === 'create' || change.action === 'merge' || change.action === 'update' || (change.action === 'conflict' && overwrite.has(change.path));
    if (!write) continue;
    const file = resolveInside(root, change.path);
    if (change.existing) {
      if (change.action === 'conflict') {
        backups = path.posix.join(BACKUP_DIR, stamp);
        const backup = resolveInside(root, `${backups}/${change.path}`);
        await mkdir(path.dirname(backup), { recursive: true });
        await writeFile(backup, change.existing);
      }
      tx.trackChange(file, change.existing);
    } else {
      for (let dir = path.dirname(file); !existsSync(dir); dir = path.dirname(dir)) tx.track(dir);
      tx.track(file);
    }
    await writeAtomic(file, change.content);
  }
  return backups;
}

/** The manifest after `add`: the options it ran with and the hash of each file that now holds our content. */
export function nextManifest(previous: Manifest | undefined, options: Options, changes: Change[], overwrite: Set<string>, cliVersion: string): string {
  const files = { ...(previous?.files ?? {}) };
  for (const c of changes) {
    if (c.action === 'conflict' && !overwrite.has(c.path)) continue;
    // Only a file that holds exactly our content may be replaced by a later run without asking.
    if (c.merged) delete files[c.path];
    else files[c.path] = sha256(c.content);
  }
  const { pattern, db, pm, services } = options;
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => codeUnitOrder(a, b)));
  return `${JSON.stringify({ cliVersion, options: { pattern, db, pm, services }, files: sorted }, null, 2)}\n`;
}

export { MANIFEST };
