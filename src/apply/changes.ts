import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { MANIFEST } from '../render/render.js';
import { type Tree, asText, sha256 } from '../render/tree.js';
import type { Project } from './detect.js';
import { mergerFor } from './merge/index.js';
import { addAlias } from './merge/tsconfig.js';
import { resolveInside } from './paths.js';

export type Action = 'create' | 'identical' | 'merge' | 'update' | 'conflict';

export interface Change {
  path: string;
  action: Action;
  /** What the file would hold after this run (ours, or the merge). */
  content: string | Uint8Array;
  /** What is on disk now, for diffs and backups. */
  existing?: Uint8Array;
  /** Why it is a conflict. */
  reason?: string;
  /** The content is a merge of theirs and ours, not ours alone (so it is not recorded as ours in the manifest). */
  merged?: boolean;
}

const same = (a: string | Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a as Uint8Array), Buffer.from(b)) === 0;

/**
 * Compares every planned file with the disk: create (missing), identical (skip), merge (a file we merge by
 * structure, only adding), update (a file we generated before and the user has not touched since), or
 * conflict (anything else that differs). Reads the disk; writes nothing.
 */
export function planChanges(tree: Tree, project: Project, shell: Set<string> = new Set()): Change[] {
  const changes: Change[] = [];
  for (const [file, content] of tree) {
    if (file === MANIFEST) continue;
    const abs = resolveInside(project.root, file);
    const exists = existsSync(abs);
    const existing = exists ? readFileSync(abs) : undefined;
    // Ours and untouched since an earlier run (its hash is in the manifest): safe to replace.
    const untouched = existing !== undefined && project.manifest?.files[file] === sha256(existing);
    // The host's own page/config/README: never created, kept unless we generated it and it is untouched.
    if (shell.has(file) && !untouched) continue;
    if (!existing) {
      changes.push({ path: file, action: 'create', content });
      continue;
    }
    if (same(content, existing)) {
      changes.push({ path: file, action: 'identical', content, existing });
      continue;
    }
    if (untouched) {
      changes.push({ path: file, action: 'update', content, existing });
      continue;
    }
    const merge = mergerFor(file);
    if (merge) {
      const merged = merge(asText(existing), asText(content));
      if (merged === null) changes.push({ path: file, action: 'conflict', content, existing, reason: 'cannot be merged automatically' });
      else changes.push({ path: file, action: same(merged, existing) ? 'identical' : 'merge', content: merged, existing, merged: true });
      continue;
    }
    changes.push({ path: file, action: 'conflict', content, existing, reason: 'differs from the generated file' });
  }
  if (!project.alias) changes.push(aliasChange(project));
  return changes;
}

/** Our files import through `@/`; a project without an alias gets one in tsconfig.json. */
function aliasChange(project: Project): Change {
  const file = 'tsconfig.json';
  const abs = path.join(project.root, file);
  if (!existsSync(abs)) {
    const content = `${JSON.stringify({ compilerOptions: { paths: { '@/*': [project.srcDir ? './src/*' : './*'] } } }, null, 2)}\n`;
    return { path: file, action: 'create', content };
  }
  const existing = readFileSync(abs);
  const merged = addAlias(asText(existing), project.srcDir);
  return merged === null
    ? { path: file, action: 'conflict', content: existing, existing, reason: 'add "@/*" to compilerOptions.paths by hand' }
    : { path: file, action: 'merge', content: merged, existing, merged: true };
}
