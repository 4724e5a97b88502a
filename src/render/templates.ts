import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TemplateFile, TemplateSource } from './tree.js';

const here = () => path.dirname(fileURLToPath(import.meta.url));

/** `templates/` sits at the repository's root, beside `src/`. */
export function findTemplatesRoot(from = here()): string {
  for (let dir = from, i = 0; i < 5; i++, dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'templates');
    if (existsSync(path.join(dir, 'package.json')) && existsSync(candidate)) return candidate;
  }
  throw new Error(`templates/ not found above ${from}: run from the repository, or use the built package.`);
}

function readTree(root: string, dir = ''): TemplateFile[] {
  const entries = readdirSync(path.join(root, dir), { withFileTypes: true });
  return entries.flatMap((entry) => {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return readTree(root, rel);
    return entry.isFile() ? [{ path: rel, content: readFileSync(path.join(root, rel)) }] : [];
  });
}

/** A template source that loads each part once. */
function oncePerPart(load: (part: string) => TemplateFile[]): TemplateSource {
  const cache = new Map<string, TemplateFile[]>();
  return (part) => {
    let files = cache.get(part);
    if (!files) cache.set(part, (files = load(part)));
    return files;
  };
}

/** Reads each part's folder under `templates/` once; a part without a folder has no files. */
export function diskTemplates(root = findTemplatesRoot()): TemplateSource {
  return oncePerPart((part) => {
    const dir = path.join(root, part);
    return existsSync(dir) ? readTree(dir) : [];
  });
}

/**
 * The templates the build bundled (dist/templates/<part>.cjs, see scripts/bundle-templates.mjs): one module per
 * part, loaded only when a pattern uses it, holding each file's text and each `.hbs` precompiled. The published
 * package ships only these; from the repository's sources (no bundle beside this module) the folder is read.
 */
export function packagedTemplates(bundle = path.join(here(), 'templates')): TemplateSource {
  if (!existsSync(bundle)) return diskTemplates();
  const load = createRequire(import.meta.url);
  return oncePerPart((part) => {
    const file = path.join(bundle, `${part}.cjs`);
    return existsSync(file) ? (load(file) as TemplateFile[]) : [];
  });
}
