/** A long-running process of a generated project (a service, `next start` in a workspace), ready when a URL answers. */
import { spawn } from 'node:child_process';
import { killGroup } from './proc.js';

export interface RunningProcess {
  url: string;
  port: number;
  logs(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  name: string;
  cmd: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  port: number;
  /** Path polled until it answers (any status). */
  readyPath?: string;
  timeoutMs?: number;
}

export async function startProcess(opts: StartOptions): Promise<RunningProcess> {
  const started = Date.now();
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const child = spawn(opts.cmd, opts.args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let logs = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (logs += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (logs += d));
  let exited: string | null = null;
  const closed = new Promise<void>((resolve) =>
    child.on('close', (code, signal) => {
      exited = `exited with ${code ?? signal}`;
      resolve();
    }),
  );
  child.on('error', (err) => {
    exited = `could not start: ${err.message}`;
  });
  const onExit = () => killGroup(child.pid, 'SIGKILL');
  process.once('exit', onExit);
  void closed.then(() => process.removeListener('exit', onExit));
  const stop = async () => {
    if (exited === null) {
      killGroup(child.pid, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5000);
      await closed;
      clearTimeout(timer);
    }
  };
  const url = `http://127.0.0.1:${opts.port}`;
  for (;;) {
    if (exited !== null) throw new Error(`${opts.name} ${exited} before it was ready\n${logs}`);
    if (Date.now() - started > timeoutMs) {
      await stop();
      throw new Error(`${opts.name} not ready within ${timeoutMs} ms\n${logs}`);
    }
    try {
      await fetch(`${url}${opts.readyPath ?? '/'}`, { redirect: 'manual', signal: AbortSignal.timeout(5000) });
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  return { url, port: opts.port, logs: () => logs, stop };
}
