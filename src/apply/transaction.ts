import { rmSync, writeFileSync } from 'node:fs';

/**
 * What this run created, so a failure or Ctrl-C removes exactly that and nothing of the user's.
 * Synchronous on purpose: it runs from signal handlers.
 */
export class Transaction {
  private undo: (() => void)[] = [];

  /** Record a path this run created (a file or a whole folder). */
  track(p: string) {
    this.undo.push(() => rmSync(p, { recursive: true, force: true }));
  }

  /** Record a file this run is about to change, with the content to put back. */
  trackChange(p: string, original: Uint8Array) {
    this.undo.push(() => writeFileSync(p, original));
  }

  /** Keep everything: the run finished (or failed late, leaving a project to finish by hand). */
  commit() {
    this.undo = [];
  }

  /** Undo everything tracked, newest first. */
  rollback() {
    for (const step of this.undo.reverse()) step();
    this.undo = [];
  }
}
