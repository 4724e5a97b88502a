export interface RunResult {
  ok: boolean;
  /** stdout and stderr interleaved, for showing on failure only. */
  output: string;
  /** Set when the step decided there was nothing to do, and why. */
  skipped?: string;
}

/** Runs a command quietly (no stdin, output captured); never throws. execa loads only when a step runs. */
export async function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  const { execa } = await import('execa');
  const result = await execa(command, args, {
    cwd,
    env,
    all: true,
    reject: false,
    stdin: 'ignore',
    preferLocal: true,
  });
  return { ok: result.exitCode === 0 && !result.failed, output: result.all ?? result.message ?? '' };
}
