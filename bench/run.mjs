// Benchmarks create-clerk-arch against `node -e 0`, a plain file-writing script and peer scaffolders
// (devDependencies: nothing is installed at run time). Prints medians and ratios; see bench/README.md.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUP = 2;
const node = process.execPath;
const ours = path.join(root, 'bin/create-clerk-arch.cjs');
const peer = (name, bin) => path.join(root, 'node_modules', name, bin);
const env = { ...process.env, CI: '1', NO_COLOR: '1', NEXT_TELEMETRY_DISABLED: '1' };
delete env.npm_config_user_agent;
// NODE_EXTRA_CA_CERTS makes every Node process parse that certificate bundle as it starts (about 85 ms on the
// machine this was written on): a constant that shrinks every ratio. Each race runs both ways, in one run.
const envs = process.env.NODE_EXTRA_CA_CERTS
  ? [['as set', env], ['no extra CA', { ...env, NODE_EXTRA_CA_CERTS: '' }]]
  : [['as set', env]];

function time(args, cwd, runEnv) {
  const start = process.hrtime.bigint();
  const r = spawnSync(node, args, { cwd: cwd ?? tmpdir(), env: runEnv, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Runs the candidates in turn (alternating, after a warm-up) in each environment; returns, per candidate,
 * its median in ms per environment. A candidate is (runEnv) => ms.
 */
function race(candidates) {
  return envs.map(([, runEnv]) => {
    const samples = candidates.map(() => []);
    for (let i = 0; i < WARMUP + RUNS; i++) {
      candidates.forEach((c, j) => {
        const ms = c(runEnv);
        if (i >= WARMUP) samples[j].push(ms);
      });
    }
    return samples.map(median);
  });
}

const rows = [];
/** One table row: the median and the ratio to the baseline's median, in each environment. */
function row(what, results, j, base, target) {
  const r = { what };
  envs.forEach(([name], e) => {
    r[`${name} ms`] = results[e][j].toFixed(1);
    r[`${name} ratio`] = j === base ? '1.00×' : `${(results[e][j] / results[e][base]).toFixed(2)}×`;
  });
  r.target = j === base ? 'baseline' : (target ?? '');
  rows.push(r);
}

// 1. start-up: --help and --version against `node -e 0`
const startup = race([
  (e) => time(['-e', '0'], undefined, e),
  (e) => time([ours, '--help'], undefined, e),
  (e) => time([ours, '--version'], undefined, e),
  (e) => time([peer('create-vite', 'index.js'), '--help'], undefined, e),
  (e) => time([peer('create-next-app', 'dist/index.js'), '--help'], undefined, e),
]);
row('node -e 0', startup, 0, 0);
row('create-clerk-arch --help', startup, 1, 0, '≤ 1.30×');
row('create-clerk-arch --version', startup, 2, 0, '≤ 1.30×');
row('create-vite --help (peer)', startup, 3, 0);
row('create-next-app --help (peer)', startup, 4, 0);

// 2. a full scaffold per pattern against a plain script writing the same files
const patterns = JSON.parse(spawnSync(node, [ours, 'list', '--json'], { env, encoding: 'utf8' }).stdout).map((p) => p.id);
const writer = path.join(root, 'bench/write-files.mjs');
for (const pattern of patterns) {
  const ref = mkdtempSync(path.join(tmpdir(), 'cca-bench-ref-'));
  time([ours, 'app', '--pattern', pattern, '--yes', '--no-install', '--no-git'], ref, env);
  const files = {};
  const walk = (dir, rel = '') => {
    for (const e of readdirSync(dir)) {
      const p = path.join(dir, e);
      const r = rel ? `${rel}/${e}` : e;
      if (statSync(p).isDirectory()) walk(p, r);
      else files[r] = readFileSync(p).toString('base64');
    }
  };
  walk(path.join(ref, 'app'));
  const data = path.join(ref, 'files.json');
  writeFileSync(data, JSON.stringify(files));
  let n = 0;
  /** Times one command in a fresh directory, writing a new target, and cleans up after it. */
  const fresh = (args) => (e) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cca-bench-'));
    const ms = time(args(`app${n++}`), dir, e);
    rmSync(dir, { recursive: true, force: true });
    return ms;
  };
  const results = race([
    fresh((target) => [writer, data, target]),
    fresh((target) => [ours, target, '--pattern', pattern, '--yes', '--no-install', '--no-git']),
    fresh((target) => [peer('create-vite', 'index.js'), target, '--template', 'react-ts', '--no-interactive']),
  ]);
  row(`plain script writing the ${Object.keys(files).length} ${pattern} files`, results, 0, 0);
  row(`create-clerk-arch --pattern ${pattern}`, results, 1, 0, '≤ 1.50×');
  row('create-vite --template react-ts (peer, smaller job)', results, 2, 0);
  rmSync(ref, { recursive: true, force: true });
}

// 3. footprint: what npx downloads
function packInfo(dir) {
  const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir, encoding: 'utf8', env });
  const [info] = JSON.parse(r.stdout);
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  return { size: info.size, unpacked: info.unpackedSize, files: info.entryCount, deps: Object.keys(pkg.dependencies ?? {}).length };
}
const footprint = [
  ['create-clerk-arch', root],
  ['create-vite (peer)', path.join(root, 'node_modules/create-vite')],
  ['create-next-app (peer)', path.join(root, 'node_modules/create-next-app')],
].map(([name, dir]) => {
  const i = packInfo(dir);
  return { package: name, 'tarball kB': (i.size / 1024).toFixed(1), 'unpacked kB': (i.unpacked / 1024).toFixed(1), files: i.files, 'runtime deps': i.deps };
});

console.log(`create-clerk-arch benchmark, ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${RUNS} runs after ${WARMUP} warm-up, medians`);
if (envs.length > 1) console.log(`'as set': NODE_EXTRA_CA_CERTS as this machine sets it; 'no extra CA': without it (what most users run).`);
console.table(rows);
console.table(footprint);
