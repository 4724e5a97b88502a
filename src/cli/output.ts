import pc from 'picocolors';

/**
 * Human output goes to stdout, or to stderr under `--json` so stdout carries exactly one JSON document.
 * Spinners animate only on a TTY; elsewhere each step prints one line when it ends.
 */
export class Output {
  readonly stream: NodeJS.WriteStream;

  constructor(readonly json: boolean) {
    this.stream = json ? process.stderr : process.stdout;
  }

  line(text = '') {
    this.stream.write(`${text}\n`);
  }

  warn(text: string) {
    process.stderr.write(`${pc.yellow('!')} ${text}\n`);
  }

  error(text: string) {
    process.stderr.write(`${pc.red('✖')} ${text}\n`);
  }

  /** Prints the single JSON result on stdout. */
  result(value: unknown) {
    process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  }

  /** Runs `work` behind a spinner; the line ends with ✔, ○ (skipped: reason) or ✖. */
  async task<T extends { ok: boolean; skipped?: string }>(title: string, work: () => Promise<T>): Promise<T> {
    const tty = Boolean(this.stream.isTTY);
    const frames = ['◒', '◐', '◓', '◑'];
    let i = 0;
    const timer = tty
      ? setInterval(() => this.stream.write(`\r${pc.magenta(frames[i++ % frames.length])} ${title}…`), 100)
      : undefined;
    try {
      const result = await work();
      const mark = !result.ok ? pc.red('✖') : result.skipped ? pc.dim('○') : pc.green('✔');
      const note = result.skipped ? pc.dim(` (skipped: ${result.skipped})`) : '';
      this.stream.write(`${tty ? '\r\x1b[K' : ''}${mark} ${title}${note}\n`);
      return result;
    } finally {
      if (timer) clearInterval(timer);
    }
  }
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  return `${(bytes / 1024).toFixed(1)} kB`;
}

/** A file tree with sizes, for `--dry-run`. */
export function formatTree(root: string, files: { path: string; size: number }[]): string {
  const lines = [`${root}/`];
  let previous: string[] = [];
  for (const file of files) {
    const parts = file.path.split('/');
    let common = 0;
    while (common < parts.length - 1 && previous[common] === parts[common]) common++;
    for (let depth = common; depth < parts.length - 1; depth++) lines.push(`${'  '.repeat(depth + 1)}${parts[depth]}/`);
    lines.push(`${'  '.repeat(parts.length)}${parts[parts.length - 1]}  ${pc.dim(formatSize(file.size))}`);
    previous = parts.slice(0, -1);
  }
  return lines.join('\n');
}
