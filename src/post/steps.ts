import path from 'node:path';
import type { PackageManager } from '../options.js';
import { packageManagers } from '../package-managers.js';
import { type RunResult, run } from './exec.js';

export interface Step {
  /** Shown in the spinner and in `--json` steps. */
  title: string;
  /** What to type to do it by hand, from the project root. */
  manual: string;
  run: () => Promise<RunResult>;
  /** A failure is only a warning (git); otherwise it stops the run with exit 1. */
  optional?: boolean;
}

export function installStep(root: string, pm: PackageManager): Step {
  const args = packageManagers[pm].install;
  return {
    title: `Installing dependencies with ${pm}`,
    manual: `${pm} ${args.join(' ')}`,
    run: () => run(pm, args, root),
  };
}

export function prismaGenerateStep(root: string, dir: string, pm: PackageManager): Step {
  const cd = dir === '.' ? '' : `cd ${dir} && `;
  return {
    title: 'Generating the Prisma client',
    manual: `${cd}${packageManagers[pm].exec} prisma generate`,
    run: () => run('prisma', ['generate'], path.join(root, dir)),
  };
}

/** `git init` + first commit; a no-op when git is missing or the project is already inside a work tree. */
export function gitStep(root: string): Step {
  return {
    title: 'Initialising a git repository',
    manual: 'git init && git add -A && git commit -m "Initial commit"',
    optional: true,
    run: async () => {
      const version = await run('git', ['--version'], root);
      if (!version.ok) return { ok: true, output: '', skipped: 'git not found' };
      const inside = await run('git', ['rev-parse', '--is-inside-work-tree'], root);
      if (inside.ok && inside.output.trim() === 'true') return { ok: true, output: '', skipped: 'already inside a git work tree' };
      for (const args of [['init', '-q'], ['add', '-A'], ['commit', '-q', '-m', 'Initial commit from create-clerk-arch']]) {
        const result = await run('git', args, root);
        if (!result.ok) return result;
      }
      return { ok: true, output: '' };
    },
  };
}
