import { rmSync } from 'node:fs';

/**
 * What this run created, so a failure or Ctrl-C removes exactly that and nothing of the user's.
 * Synchronous on purpose: it runs from signal handlers.
 */
export class Transaction {
  private created: string[] = [];

  /** Record a path this run created (a file or a whole folder). */
  track(p: string) {
    this.created.push(p);
  }

  /** Keep everything: the run finished (or failed late, leaving a project to finish by hand). */
  commit() {
    this.created = [];
  }

  /** Remove everything tracked, newest first. */
  rollback() {
    for (const p of this.created.reverse()) rmSync(p, { recursive: true, force: true });
    this.created = [];
  }
}
