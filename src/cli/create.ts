import path from 'node:path';
import pc from 'picocolors';
import { checkTarget, createProject } from '../apply/create.js';
import { Transaction } from '../apply/transaction.js';
import { stepError } from '../errors.js';
import type { Options } from '../options.js';
import { packageManagers } from '../package-managers.js';
import { patternById } from '../patterns/index.js';
import { type Step, gitStep, installStep, prismaGenerateStep } from '../post/steps.js';
import { type Plan, render } from '../render/render.js';
import { packagedTemplates } from '../render/templates.js';
import { byteLength } from '../render/tree.js';
import { CLI_VERSION } from '../version.js';
import { withRollback } from './guard.js';
import { type Output, formatTree } from './output.js';
import { clackAsker, isInteractive } from './prompts.js';
import { type Flags, resolveOptions } from './resolve.js';

export interface CreateFlags extends Flags {
  dryRun?: boolean;
  json?: boolean;
}

export async function runCreate(flags: CreateFlags, out: Output): Promise<void> {
  const interactive = isInteractive(Boolean(flags.json));
  const options = await resolveOptions(flags, {
    asker: interactive ? await clackAsker() : undefined,
    userAgent: process.env.npm_config_user_agent,
  });
  const target = path.resolve(options.directory);
  checkTarget(target, options.directory);
  const plan = render(options, packagedTemplates(), { cliVersion: CLI_VERSION });
  const files = [...plan.files.entries()].map(([file, content]) => ({ path: file, size: byteLength(content) }));

  if (flags.dryRun) {
    const total = files.reduce((sum, f) => sum + f.size, 0);
    out.line(`Dry run: would create ${options.directory} with the ${options.pattern} pattern (${files.length} files, ${total} bytes). Nothing was written.`);
    out.line(formatTree(options.directory, files));
    if (flags.json) out.result({ ok: true, dryRun: true, ...summary(options, target), files, steps: [], nextSteps: [] });
    return;
  }

  const tx = new Transaction();
  await withRollback(tx, 'Cancelled: removed what this run created.', async () => {
    await out.task(`Writing ${files.length} files to ${options.directory}`, async () => {
      await createProject(plan.files, target, tx);
      return { ok: true };
    });
    const steps = await runSteps(postSteps(plan, target), out, options, tx);
    tx.commit();
    const next = nextSteps(options);
    out.line();
    out.line(`${pc.green('Done.')} Next:`);
    for (const command of next) out.line(`  ${pc.cyan(command)}`);
    if (flags.json) out.result({ ok: true, dryRun: false, ...summary(options, target), files, steps, nextSteps: next });
  });
}

function postSteps(plan: Plan, root: string): Step[] {
  const { pm, install, git } = plan.options;
  const steps: Step[] = [];
  if (install) {
    steps.push(installStep(root, pm));
    for (const dir of plan.prismaDirs) steps.push(prismaGenerateStep(root, dir, pm));
  }
  if (git) steps.push(gitStep(root));
  return steps;
}

interface StepReport {
  title: string;
  status: 'done' | 'skipped' | 'failed';
}

/** Runs the steps in order; a required step's failure keeps the project and says how to finish by hand. */
async function runSteps(steps: Step[], out: Output, options: Options, tx: Transaction): Promise<StepReport[]> {
  const reports: StepReport[] = [];
  for (const [i, step] of steps.entries()) {
    const result = await out.task(step.title, step.run);
    reports.push({ title: step.title, status: !result.ok ? 'failed' : result.skipped ? 'skipped' : 'done' });
    if (result.ok) continue;
    process.stderr.write(`${result.output.trim()}\n`);
    if (step.optional) {
      out.warn(`${step.title} failed; do it by hand later: ${step.manual}`);
      continue;
    }
    tx.commit(); // the project stays: only the step failed
    const remaining = steps.slice(i).map((s) => s.manual);
    throw stepError(`${step.title} failed. The project is in ${options.directory}; finish by hand: cd ${options.directory} && ${remaining.join(' && ')}`);
  }
  return reports;
}

/** What to type next, with the chosen package manager's commands. */
export function nextSteps(options: Options): string[] {
  const pm = packageManagers[options.pm];
  const steps = [`cd ${options.directory}`];
  if (!options.install) steps.push(`${options.pm} install`, `${pm.run} db:generate`);
  const workspace = patternById(options.pattern)?.mounts(options).some((m) => m.part === 'workspace');
  steps.push(`# put your Clerk keys (dashboard.clerk.com → API keys) in ${workspace ? "each app's .env: README.md lists them" : '.env'}`);
  if (options.db === 'postgresql') steps.push('docker compose up -d');
  steps.push(`${pm.run} db:migrate`);
  steps.push(`${pm.run} dev`);
  return steps;
}

const summary = (options: Options, target: string) => ({
  pattern: options.pattern,
  directory: target,
  options: { name: options.name, db: options.db, pm: options.pm, services: options.services, install: options.install, git: options.git },
});
