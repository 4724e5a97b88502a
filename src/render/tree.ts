import { createHash } from 'node:crypto';

/** The generated project in memory: POSIX path relative to the project root → content. */
export type Tree = Map<string, string | Uint8Array>;

/** A template file as the loader read it: path relative to `templates/<part>/`. */
export interface TemplateFile {
  path: string;
  /** The file's bytes or text (a `.hbs` file's Handlebars source); absent when `precompiled` stands for it. */
  content?: string | Uint8Array;
  /** A `.hbs` file precompiled at build time: what the published package ships instead of its source. */
  precompiled?: object;
}

export type TemplateSource = (part: string) => TemplateFile[];

const decoder = new TextDecoder();

/** A file's content as text (UTF-8); nothing is ''. */
export const asText = (content: string | Uint8Array | undefined) =>
  content === undefined ? '' : typeof content === 'string' ? content : decoder.decode(content);

export const byteLength = (content: string | Uint8Array) =>
  typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;

export const sha256 = (content: string | Uint8Array) => createHash('sha256').update(content).digest('hex');

/** `a/b` joined POSIX-style, with '.' as the root. */
export const joinPosix = (at: string, file: string) => (at === '.' || at === '' ? file : `${at}/${file}`);

/** Code-unit order: stable everywhere, and the order npm writes package names in. (localeCompare would load ICU's
 * collator, ~10 ms of a scaffold.) */
export const codeUnitOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const sortedTree = (tree: Tree): Tree => new Map([...tree.entries()].sort(([a], [b]) => codeUnitOrder(a, b)));
