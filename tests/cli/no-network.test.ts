import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, scratch, snapshot } from './helpers.js';

describe('no network on the normal path', () => {
  it('scaffolds the same tree with networking made to fail (proxy, DNS, sockets, fetch)', () => {
    const log = path.join(scratch('cca-netlog-'), 'attempts.log');
    const offline = {
      NODE_OPTIONS: `--import=${path.join(import.meta.dirname, 'fixtures/no-network.mjs')}`,
      NO_NETWORK_LOG: log,
      HTTP_PROXY: 'http://127.0.0.1:9',
      HTTPS_PROXY: 'http://127.0.0.1:9',
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    };
    const args = ['app', '--pattern', 'full-stack', '--db', 'postgresql', '--no-install'];
    const a = scratch();
    const b = scratch();
    const cut = runCli(args, { cwd: a, env: offline });
    expect(cut.stderr).toBe('');
    expect(cut.code).toBe(0);
    expect(runCli(['list', '--json'], { cwd: a, env: offline }).code).toBe(0);
    expect(runCli(args, { cwd: b }).code).toBe(0);
    expect(existsSync(log) ? readFileSync(log, 'utf8') : '').toBe('');
    expect(snapshot(path.join(a, 'app'))).toEqual(snapshot(path.join(b, 'app')));
  });
});
