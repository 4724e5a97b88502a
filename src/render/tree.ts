import { createHash } from 'node:crypto';

/** The generated project in memory: POSIX path relative to the project root → content. */
export type Tree = Map<string, string | Uint8Array>;

/** A template file as the loader read it: path relative to `templates/<part>/`. */
export interface TemplateFile {
  path: string;
  content: Uint8Array;
  /** A Handlebars template precompiled at build time (a `.hbs` file, in the published package). */
  precompiled?: object;
}

export type TemplateSource = (part: string) => TemplateFile[];

export const byteLength = (content: string | Uint8Array) =>
  typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;

export const sha256 = (content: string | Uint8Array) => createHash('sha256').update(content).digest('hex');

/** `a/b` joined POSIX-style, with '.' as the root. */
export const joinPosix = (at: string, file: string) => (at === '.' || at === '' ? file : `${at}/${file}`);

export const sortedTree = (tree: Tree): Tree => new Map([...tree.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
