import { Command, CommanderError, Option } from 'commander';
import { isCliError } from '../errors.js';
import { DBS, PACKAGE_MANAGERS } from '../options.js';
import { patternIds } from '../patterns/index.js';
import { CLI_VERSION } from '../version.js';
import type { AddFlags } from './add.js';
import type { CreateFlags } from './create.js';
import { runList } from './list.js';
import { Output } from './output.js';

/** The options create and add share, worded once. */
function sharedOptions(command: Command, db: string, pm: string): Command {
  return command
    .addOption(new Option('--db <db>', db).choices(DBS))
    .addOption(new Option('--pm <pm>', pm).choices(PACKAGE_MANAGERS))
    .option('--install', 'install dependencies (default)')
    .option('--no-install', 'skip installing dependencies')
    .option('-y, --yes', 'take the defaults for everything not given; never prompt')
    .option('--dry-run', 'print what would be written; write nothing')
    .option('--json', 'print one JSON result on stdout (logs go to stderr)');
}

/** The command line; create's and add's modules (and their heavy dependencies) load only when they run. */
function program(run: (work: () => Promise<void> | void) => Promise<void>): Command {
  const cli = new Command('create-clerk-arch')
    .description('Create an app whose auth is Clerk, laid out along a proven reference architecture.')
    .version(CLI_VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .argument('[directory]', 'where to create the project (its last segment is the package name)')
    .addOption(new Option('-p, --pattern <id>', 'architecture').choices(patternIds()))
    .option('--services <list>', 'microservices: name[:node|python|go],...')
    .option('--no-git', 'skip git init');
  sharedOptions(cli, 'database (default: sqlite)', 'package manager (default: the one running this)')
    .enablePositionalOptions()
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(`${text.trim().replace(/\.?$/, '.')} See --help.\n`) })
    .action((directory: string | undefined, flags: CreateFlags) =>
      run(async () => (await import('./create.js')).runCreate({ ...flags, directory }, new Output(Boolean(flags.json)))),
    );

  const add = cli
    .command('add')
    .description('add a pattern to an existing Next.js project (never overwrites your files silently)')
    .argument('<pattern>', `one of: ${patternIds().join(', ')}`)
    .option('--cwd <dir>', 'the project folder (default: .)')
    .option('--overwrite', 'replace files that differ from ours (yours are backed up)')
    .option('--no-overwrite', 'never replace a file; list the conflicts');
  sharedOptions(add, 'database, when the project has no Prisma schema', 'package manager (default: detected)')
    .action((pattern: string, flags: AddFlags) =>
      run(async () => (await import('./add.js')).runAdd(pattern, flags, new Output(Boolean(flags.json)))),
    );

  cli
    .command('list')
    .description('list the patterns, their parts and options')
    .option('--json', 'print JSON')
    .action((flags: { json?: boolean }) => run(() => runList(new Output(Boolean(flags.json)))));

  return cli;
}

function ignoreClosedPipe(error: NodeJS.ErrnoException) {
  if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
}

/** Runs the CLI and returns the exit code; the only place errors become exit codes and messages. */
export async function main(argv: string[] = process.argv): Promise<number> {
  // `create-clerk-arch list | head -1`: once the reader has gone, drop the rest of the output quietly and let the
  // run finish (a scaffold must not stop half-written because nobody reads its log).
  for (const stream of [process.stdout, process.stderr]) stream.on('error', ignoreClosedPipe);
  let json = argv.includes('--json');
  const run = async (work: () => Promise<void> | void) => {
    await work();
  };
  try {
    await program(run).parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version "errors" are successes; everything else commander rejects is bad usage
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? 0 : 2;
    }
    const code = isCliError(error) ? error.exitCode : 1;
    const message = error instanceof Error ? error.message : String(error);
    if (code !== 130) process.stderr.write(`${code === 1 && !isCliError(error) ? 'Unexpected error: ' : 'Error: '}${message}\n`);
    if (json) process.stdout.write(`${JSON.stringify({ ok: false, exitCode: code, error: message }, null, 2)}\n`);
    json = false;
    return code;
  }
}
