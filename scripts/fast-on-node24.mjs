// Runs the fast suite on Node 24 (users run >= 20.19; this machine's node is 20).
// npm's `node` package brings the binary from the registry; it is cached in .cache/node24.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const dir = path.resolve('.cache/node24');
const node = path.join(dir, 'node_modules/.bin/node');
if (!existsSync(node)) {
  mkdirSync(dir, { recursive: true });
  // npm 11 blocks install scripts unless allowed; the `node` package's script links its binary.
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ private: true, allowScripts: { node: true } }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', 'node@24'], { cwd: dir, stdio: 'inherit' });
}
console.log(`fast suite on ${execFileSync(node, ['-v'], { encoding: 'utf8' }).trim()}`);
execFileSync(node, ['node_modules/vitest/vitest.mjs', 'run', '--project', 'fast'], { stdio: 'inherit' });
