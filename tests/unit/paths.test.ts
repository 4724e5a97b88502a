import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveInside } from '../../src/apply/paths.js';

describe('resolveInside', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'cca-paths-'));

  it('resolves plain relative paths', () => {
    expect(resolveInside(root, 'src/app/page.tsx')).toBe(path.join(root, 'src/app/page.tsx'));
  });

  it.each(['../x', 'a/../../x', '/etc/passwd', 'C:\\x', 'a\\..\\x', 'a//b', './a', 'a/./b', '', 'a\0b'])('refuses %j', (rel) => {
    expect(() => resolveInside(root, rel)).toThrow(/Refusing/);
  });

  it('refuses to write through a symlink', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'cca-outside-'));
    mkdirSync(path.join(root, 'real'), { recursive: true });
    symlinkSync(outside, path.join(root, 'link'));
    expect(() => resolveInside(root, 'link/file.txt')).toThrow(/symlink/);
    expect(resolveInside(root, 'real/file.txt')).toBe(path.join(root, 'real/file.txt'));
  });
});
