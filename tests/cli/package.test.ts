import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv, repoRoot, scratch } from './helpers.js';

describe('the published package', () => {
  it('packs with no runtime dependencies and works when installed from the tarball', () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.files).toEqual(['bin', 'dist']);

    const packDir = scratch('cca-pack-');
    const [info] = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', packDir], { cwd: repoRoot, encoding: 'utf8' }),
    );
    const shipped: string[] = info.files.map((f: { path: string }) => f.path);
    expect(shipped).toContain('bin/create-clerk-arch.cjs');
    expect(shipped.some((f) => f.startsWith('dist/'))).toBe(true);
    expect(shipped.some((f) => f.startsWith('src/') || f.startsWith('tests/'))).toBe(false);

    // Install the tarball alone: with no dependencies it needs no registry.
    const prefix = scratch('cca-install-');
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', path.join(packDir, info.filename)], {
      cwd: prefix,
      env: cleanEnv(),
      stdio: 'pipe',
    });
    // one package and no dependency tree
    expect(readdirSync(path.join(prefix, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['create-clerk-arch']);
    const cwd = scratch();
    const result = spawnSync(
      path.join(prefix, 'node_modules/.bin/create-clerk-arch'),
      ['app', '--pattern', 'full-stack', '--db', 'sqlite', '--no-install', '--no-git'],
      { cwd, env: cleanEnv(), encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(existsSync(path.join(cwd, 'app/clerk-arch.json'))).toBe(true);
  });
});
