import pc from 'picocolors';
import { DEFAULTS, parseServices } from '../options.js';
import { patterns } from '../patterns/index.js';
import type { Output } from './output.js';

/** `list`: the patterns, their parts and the options each takes. */
export function runList(out: Output): void {
  const data = patterns.map((p) => ({
    id: p.id,
    title: p.title,
    hint: p.hint,
    // with the default services, so per-service parts show up
    parts: [...new Set(p.mounts({ services: parseServices(DEFAULTS.services) }).map((m) => m.part))],
    options: p.options,
  }));
  if (out.json) {
    out.result(data);
    return;
  }
  for (const p of data) {
    out.line(`${pc.bold(p.id.padEnd(14))} ${p.hint}`);
    out.line(`${' '.repeat(15)}${pc.dim(`parts: ${p.parts.join(', ')}; options: ${p.options.join(' ') || 'none'}`)}`);
  }
}
