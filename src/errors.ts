/** An error the CLI reports as one line and an exit code; thrown anywhere, caught only in src/cli. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 | 130,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/**
 * Whether `e` is a CliError. Structural, not instanceof: dist/cli.cjs and the command modules are separate
 * bundles, each with its own copy of this class.
 */
export const isCliError = (e: unknown): e is CliError =>
  e instanceof Error && e.name === 'CliError' && typeof (e as Partial<CliError>).exitCode === 'number';

/** Bad usage or bad input: nothing has been written (exit 2). */
export const usageError = (message: string) => new CliError(message, 2);

/** A step failed after the project was written (exit 1); the message says how to finish by hand. */
export const stepError = (message: string) => new CliError(message, 1);

/** The user cancelled (exit 130); whatever this run created has been removed. */
export const cancelled = () => new CliError('Cancelled.', 130);
