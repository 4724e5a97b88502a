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

/** Bad usage or bad input: nothing has been written (exit 2). */
export const usageError = (message: string) => new CliError(message, 2);

/** A step failed after the project was written (exit 1); the message says how to finish by hand. */
export const stepError = (message: string) => new CliError(message, 1);

/** The user cancelled (exit 130); whatever this run created has been removed. */
export const cancelled = () => new CliError('Cancelled.', 130);
