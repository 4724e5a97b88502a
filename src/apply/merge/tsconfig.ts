/** Adds the `@/*` alias our files import with, when the project has none; null when the file has comments (a conflict). */
export function addAlias(existing: string, srcDir: boolean): string | null {
  let config: Record<string, any>;
  try {
    config = JSON.parse(existing);
  } catch {
    return null;
  }
  const options = (config.compilerOptions ??= {});
  if (options.baseUrl && options.baseUrl !== '.' && options.baseUrl !== './') return null;
  options.paths = { ...(options.paths ?? {}), '@/*': [srcDir ? './src/*' : './*'] };
  const indent = existing.match(/^[ \t]+(?=")/m)?.[0] ?? '  ';
  return `${JSON.stringify(config, null, indent)}${existing.endsWith('\n') ? '\n' : ''}`;
}
