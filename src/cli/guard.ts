import type { Transaction } from '../apply/transaction.js';

/**
 * Runs `work` so that an error, Ctrl-C or SIGTERM undoes what the transaction tracked. A signal ends the run
 * right there (exit 130 for Ctrl-C, 143 for SIGTERM): this is the CLI shell, the one layer allowed to exit.
 */
export async function withRollback<T>(tx: Transaction, cancelledMessage: string, work: () => Promise<T>): Promise<T> {
  const onSignal = (signal: NodeJS.Signals) => {
    tx.rollback();
    process.stderr.write(`\n${cancelledMessage}\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    return await work();
  } catch (error) {
    tx.rollback();
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
