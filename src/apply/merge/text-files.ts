const keyOf = (line: string) => line.match(/^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/)?.[1];

/** `.env` / `.env.example`: appends each of our variables that is missing, with its comment; theirs stay as they are. */
export function mergeEnv(existing: string, ours: string): string {
  const present = new Set(existing.split('\n').map(keyOf).filter(Boolean));
  const blocks = ours.split(/\n\s*\n/);
  const missing = blocks.filter((block) => {
    const keys = block.split('\n').map(keyOf).filter(Boolean);
    return keys.length > 0 && keys.some((k) => !present.has(k));
  });
  if (missing.length === 0) return existing;
  const sep = existing === '' || existing.endsWith('\n\n') ? '' : existing.endsWith('\n') ? '\n' : '\n\n';
  return `${existing}${sep}# Added by create-clerk-arch\n${missing.map((b) => b.trim()).join('\n\n')}\n`;
}

/** `.gitignore`: appends the lines it lacks. */
export function mergeGitignore(existing: string, ours: string): string {
  const present = new Set(existing.split('\n').map((l) => l.trim()));
  const missing = ours
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#') && !present.has(l) && !present.has(`/${l}`) && !present.has(l.replace(/^\//, '')));
  if (missing.length === 0) return existing;
  const sep = existing === '' || existing.endsWith('\n') ? '' : '\n';
  return `${existing}${sep}\n# create-clerk-arch\n${[...new Set(missing)].join('\n')}\n`;
}
