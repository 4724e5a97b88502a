import type { EnvVar } from '../parts/types.js';

/** `.env.example`: every variable once, each with the comment that says where to get it. */
export function buildEnvFile(vars: EnvVar[], heading: string): string | null {
  const seen = new Map<string, EnvVar>();
  for (const v of vars) if (!seen.has(v.key)) seen.set(v.key, v);
  if (seen.size === 0) return null;
  const blocks = [...seen.values()].map((v) => {
    const comment = v.comment
      .split('\n')
      .map((line) => `# ${line}`.trimEnd())
      .join('\n');
    return `${comment}\n${v.key}=${quote(v.value ?? '')}`;
  });
  return `# ${heading}\n\n${blocks.join('\n\n')}\n`;
}

const quote = (value: string) => (value === '' || /^[\w./:@,-]*$/.test(value) ? value : JSON.stringify(value));

/** `.gitignore`: lines in first-seen order, no duplicates. */
export function buildGitignore(lines: string[]): string | null {
  const unique = [...new Set(lines)];
  return unique.length ? `${unique.join('\n')}\n` : null;
}
