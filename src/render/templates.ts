import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TemplateFile, TemplateSource } from './tree.js';

/** `templates/` ships beside `dist/` in the package and beside `src/` in the repo. */
export function findTemplatesRoot(from = path.dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from, i = 0; i < 5; i++, dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'templates');
    if (existsSync(path.join(dir, 'package.json')) && existsSync(candidate)) return candidate;
  }
  throw new Error(`templates/ not found above ${from}: the package is incomplete.`);
}

function readTree(root: string, dir = ''): TemplateFile[] {
  const entries = readdirSync(path.join(root, dir), { withFileTypes: true });
  return entries.flatMap((entry) => {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return readTree(root, rel);
    return entry.isFile() ? [{ path: rel, content: readFileSync(path.join(root, rel)) }] : [];
  });
}

type Precompiled = Record<string, { hash: string; spec: object }>;

/** The build's precompiled templates (dist/templates.precompiled.cjs), when running from dist. */
function loadPrecompiled(): Precompiled {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'templates.precompiled.cjs');
  return existsSync(file) ? (createRequire(import.meta.url)(file) as Precompiled) : {};
}

/** Reads each part's folder once; a part without a folder has no files. */
export function diskTemplates(root = findTemplatesRoot()): TemplateSource {
  const cache = new Map<string, TemplateFile[]>();
  let precompiled: Precompiled | undefined;
  return (part) => {
    let files = cache.get(part);
    if (!files) {
      const dir = path.join(root, part);
      precompiled ??= loadPrecompiled();
      files = (existsSync(dir) ? readTree(dir) : []).map((file) => {
        const entry = file.path.endsWith('.hbs') ? precompiled![`${part}/${file.path}`] : undefined;
        // A template edited since the build falls back to compiling its source.
        const fresh = entry && entry.hash === createHash('sha1').update(file.content).digest('hex');
        return fresh ? { ...file, precompiled: entry.spec } : file;
      });
      cache.set(part, files);
    }
    return files;
  };
}
