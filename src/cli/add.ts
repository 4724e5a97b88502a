import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pc from 'picocolors';
import { adaptToProject, fitPath } from '../apply/adapt.js';
import { BACKUP_DIR, applyChanges, nextManifest } from '../apply/add.js';
import { type Change, planChanges } from '../apply/changes.js';
import { detectProject } from '../apply/detect.js';
import { resolveInside } from '../apply/paths.js';
import { Transaction } from '../apply/transaction.js';
import { cancelled, stepError } from '../errors.js';
import { DBS, DEFAULTS, type Options, PACKAGE_MANAGERS, oneOf } from '../options.js';
import { managerFromUserAgent } from '../package-managers.js';
import { partById } from '../parts/index.js';
import { patternById, patternIds } from '../patterns/index.js';
import { installStep, prismaGenerateStep } from '../post/steps.js';
import { MANIFEST, render } from '../render/render.js';
import { packagedTemplates } from '../render/templates.js';
import { asText, joinPosix } from '../render/tree.js';
import { CLI_VERSION } from '../version.js';
import { isInteractive } from './prompts.js';
import { withRollback } from './guard.js';
import type { Output } from './output.js';
import { decide } from './resolve.js';

export interface AddFlags {
  cwd?: string;
  db?: string;
  pm?: string;
  install?: boolean;
  overwrite?: boolean;
  yes?: boolean;
  dryRun?: boolean;
  json?: boolean;
}


/** `add <pattern>`: the same render as create, fitted to the project on disk, applied file by file. */
export async function runAdd(patternArg: string, flags: AddFlags, out: Output): Promise<void> {
  const root = path.resolve(flags.cwd ?? '.');
  const requested = oneOf(patternArg, patternIds(), 'pattern');
  const project = detectProject(root);
  const interactive = isInteractive(Boolean(flags.json));
  const p = interactive ? await import('@clack/prompts') : undefined;

  // Patterns layer: adding a pattern the project already contains (full-stack into multi-tenant) keeps the larger one.
  const previous = project.manifest?.options.pattern;
  const covers = (outer: string, inner: string) => {
    const parts = (id: string) => new Set(patternById(id as Options['pattern'])?.mounts({ services: [] }).map((m) => m.part));
    const o = parts(outer);
    return [...parts(inner)].every((x) => o.has(x));
  };
  const pattern = previous && previous !== requested && covers(previous, requested) ? previous : requested;

  const check = <T>(v: T): Exclude<T, symbol> => {
    if (p?.isCancel(v)) throw cancelled();
    return v as Exclude<T, symbol>;
  };
  const db = await decide(
    flags.db === undefined ? project.db : oneOf(flags.db, DBS, '--db'),
    p && (async () => check(await p.select({ message: 'Database?', options: DBS.map((d) => ({ value: d, label: d })) }))),
    flags.yes ? DEFAULTS.db : undefined,
    `Missing --db (${DBS.join(', ')}): no Prisma schema to take it from.`,
  );
  const install = await decide(
    flags.install,
    p && (async () => check(await p.confirm({ message: 'Install dependencies now?' }))),
    flags.yes ? DEFAULTS.install : undefined,
    'Missing --install or --no-install.',
  );
  const pm =
    flags.pm !== undefined ? oneOf(flags.pm, PACKAGE_MANAGERS, '--pm') : (project.pm ?? managerFromUserAgent(process.env.npm_config_user_agent) ?? 'npm');
  const options: Options = { directory: root, name: project.name, pattern, db, pm, services: project.manifest?.options.services ?? [], install, git: false };

  const plan = render(options, packagedTemplates(), { cliVersion: CLI_VERSION, nextMajor: project.nextMajor });
  const mounts = patternById(pattern)!.mounts(options);
  const middleware = `src/${project.nextMajor >= 16 ? 'proxy' : 'middleware'}.ts`;
  const shell = new Set(
    mounts.flatMap((m) => (partById(m.part).shell ?? []).map((f) => fitPath(joinPosix(m.at, f), project, middleware))),
  );
  const changes = planChanges(adaptToProject(plan.files, project, middleware), project, shell);

  report(changes, out);
  for (const c of changes.filter((c) => c.path.endsWith('schema.prisma') && c.existing)) {
    const { fieldsWeCannotFill } = await import('../apply/merge/prisma.js');
    const blocking = fieldsWeCannotFill(asText(c.existing), asText(plan.files.get('prisma/schema.prisma') ?? c.content));
    if (blocking.length)
      out.warn(
        `${c.path}: ${blocking.join(', ')} ${blocking.length > 1 ? 'are' : 'is'} required with no default, so the webhook cannot create users until ${blocking.length > 1 ? 'they get defaults or become' : 'it gets a default or becomes'} optional.`,
      );
  }
  if (flags.dryRun) {
    const { createTwoFilesPatch } = await import('diff');
    for (const c of changes.filter((c) => c.action === 'merge' || c.action === 'update' || c.action === 'conflict'))
      out.line(createTwoFilesPatch(c.path, c.path, asText(c.existing), asText(c.content), 'yours', 'create-clerk-arch'));
    out.line('Dry run: nothing was written.');
    if (flags.json) out.result({ ok: true, dryRun: true, pattern, directory: root, changes: summary(changes, new Set()) });
    return;
  }

  const conflicts = changes.filter((c) => c.action === 'conflict');
  const overwrite = new Set<string>();
  if (flags.overwrite) conflicts.forEach((c) => overwrite.add(c.path));
  else if (p && flags.overwrite === undefined) {
    const { createTwoFilesPatch } = await import('diff');
    for (const c of conflicts) {
      out.line(createTwoFilesPatch(c.path, c.path, asText(c.existing), asText(c.content), 'yours', 'create-clerk-arch'));
      if (check(await p.confirm({ message: `Replace ${c.path} with ours? (yours is kept in ${BACKUP_DIR}/)`, initialValue: false })))
        overwrite.add(c.path);
    }
  }

  const tx = new Transaction();
  await withRollback(tx, 'Cancelled: the project is as it was.', async () => {
    const backups = await applyChanges(root, changes, overwrite, tx);
    const manifest = nextManifest(project.manifest, options, changes, overwrite, CLI_VERSION);
    const manifestPath = resolveInside(root, MANIFEST);
    const existing = existsSync(manifestPath) ? readFileSync(manifestPath) : undefined;
    if (!existing || existing.toString('utf8') !== manifest)
      await applyChanges(root, [{ path: MANIFEST, action: existing ? 'merge' : 'create', content: manifest, ...(existing ? { existing } : {}) }], new Set(), tx);
    tx.commit();
    if (backups) out.line(`Your replaced files are kept in ${backups}/.`);
  });

  const wrote = changes.some((c) => c.action !== 'identical' && (c.action !== 'conflict' || overwrite.has(c.path)));
  if (install && wrote) {
    for (const step of [installStep(root, pm), ...plan.prismaDirs.map((dir) => prismaGenerateStep(root, dir, pm))]) {
      const result = await out.task(step.title, step.run);
      if (!result.ok) {
        process.stderr.write(`${result.output.trim()}\n`);
        throw stepError(`${step.title} failed. Your files are written; finish by hand: cd ${root} && ${step.manual}`);
      }
    }
  }
  const skipped = conflicts.filter((c) => !overwrite.has(c.path));
  if (flags.json) out.result({ ok: skipped.length === 0, dryRun: false, pattern, directory: root, changes: summary(changes, overwrite) });
  if (skipped.length > 0)
    throw stepError(
      `${skipped.length} file(s) differ from ours and were left as they are: ${skipped.map((c) => c.path).join(', ')}. Merge them by hand (see --dry-run for the diffs) or rerun with --overwrite (yours are backed up).`,
    );
  out.line(wrote ? `${pc.green('Done.')} Added ${pattern} to ${root}.` : 'Nothing to do: the project already has everything.');
}

const MARK: Record<Change['action'], string> = {
  create: pc.green('create   '),
  identical: pc.dim('identical'),
  merge: pc.cyan('merge    '),
  update: pc.blue('update   '),
  conflict: pc.red('conflict '),
};

function report(changes: Change[], out: Output) {
  for (const c of changes) out.line(`${MARK[c.action]} ${c.path}${c.reason ? pc.dim(` (${c.reason})`) : ''}`);
}

const summary = (changes: Change[], overwrite: Set<string>) =>
  changes.map((c) => ({ path: c.path, action: c.action, ...(c.action === 'conflict' ? { overwritten: overwrite.has(c.path) } : {}) }));
