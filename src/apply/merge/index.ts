import path from 'node:path';
import { mergeLayout } from './layout.js';
import { mergePackageJson } from './package-json.js';
import { mergePrismaSchema } from './prisma.js';
import { mergeEnv, mergeGitignore } from './text-files.js';

/** Merges our version of a file into theirs, only adding; null when it cannot be merged (a conflict). */
export type Merger = (existing: string, ours: string) => string | null;

/** The structural merge for a path, if it is one of the files `add` merges instead of replacing. */
export function mergerFor(file: string): Merger | undefined {
  const base = path.posix.basename(file);
  if (base === 'package.json') return mergePackageJson;
  if (base === '.env' || base === '.env.example') return mergeEnv;
  if (base === '.gitignore') return mergeGitignore;
  if (base === 'schema.prisma') return mergePrismaSchema;
  if (/(^|\/)app\/layout\.tsx$/.test(file)) return mergeLayout;
  return undefined;
}
