import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTarget, createProject } from '../../src/apply/create.js';
import { Transaction } from '../../src/apply/transaction.js';
import type { Tree } from '../../src/render/tree.js';

const scratch = () => mkdtempSync(path.join(tmpdir(), 'cca-create-'));
const tree: Tree = new Map<string, string | Uint8Array>([
  ['package.json', '{}\n'],
  ['src/app/page.tsx', 'export default 1;\n'],
  ['bin.dat', new Uint8Array([0, 1, 2])],
]);

describe('checkTarget', () => {
  it('accepts a missing folder or one with only harmless entries', () => {
    const dir = scratch();
    expect(() => checkTarget(path.join(dir, 'new'), 'new')).not.toThrow();
    mkdirSync(path.join(dir, 'repo/.git'), { recursive: true });
    writeFileSync(path.join(dir, 'repo/.DS_Store'), '');
    expect(() => checkTarget(path.join(dir, 'repo'), 'repo')).not.toThrow();
  });

  it('refuses a non-empty folder, listing what is there', () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    expect(() => checkTarget(dir, 'it')).toThrow(/it is not empty \(notes.txt\)/);
    expect(() => checkTarget(path.join(dir, 'notes.txt'), 'notes.txt')).toThrow(/is a file/);
  });
});

describe('createProject', () => {
  it('writes every file, creating missing parents, and leaves no staging folder', async () => {
    const dir = scratch();
    const target = path.join(dir, 'a/b/app');
    await createProject(tree, target, new Transaction());
    expect(readFileSync(path.join(target, 'src/app/page.tsx'), 'utf8')).toBe('export default 1;\n');
    expect([...readFileSync(path.join(target, 'bin.dat'))]).toEqual([0, 1, 2]);
    expect(readdirSync(path.join(dir, 'a/b'))).toEqual(['app']);
  });

  it('moves into an existing folder that holds only .git, keeping .git', async () => {
    const target = path.join(scratch(), 'app');
    mkdirSync(path.join(target, '.git'), { recursive: true });
    writeFileSync(path.join(target, '.git/HEAD'), 'ref');
    const tx = new Transaction();
    await createProject(tree, target, tx);
    expect(readdirSync(target).sort()).toEqual(['.git', 'bin.dat', 'package.json', 'src']);
    tx.rollback();
    // rollback removes what this run made and nothing else
    expect(readdirSync(target)).toEqual(['.git']);
    expect(readFileSync(path.join(target, '.git/HEAD'), 'utf8')).toBe('ref');
  });

  it('rolls back everything it created, including parents', async () => {
    const dir = scratch();
    const tx = new Transaction();
    await createProject(tree, path.join(dir, 'x/y/app'), tx);
    tx.rollback();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes nothing when a path would leave the target', async () => {
    const dir = scratch();
    const bad: Tree = new Map([
      ['ok.txt', 'fine'],
      ['../escape.txt', 'no'],
    ]);
    const tx = new Transaction();
    await expect(createProject(bad, path.join(dir, 'app'), tx)).rejects.toThrow(/Refusing/);
    tx.rollback();
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(path.join(dir, 'escape.txt'))).toBe(false);
  });
});
