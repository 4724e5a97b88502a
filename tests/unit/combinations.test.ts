import { describe, expect, it } from 'vitest';
import { resolveInside } from '../../src/apply/paths.js';
import { MANIFEST, render } from '../../src/render/render.js';
import { diskTemplates } from '../../src/render/templates.js';
import { sha256 } from '../../src/render/tree.js';
import { combinations } from './combinations.js';
import { nextSteps } from '../../src/cli/create.js';

const source = diskTemplates();
const text = (c: string | Uint8Array) => (typeof c === 'string' ? c : new TextDecoder().decode(c));

// Every valid combination of pattern × database × package manager renders from the real templates.
describe.each(combinations)('render $pattern / $db / $pm', (options) => {
  const plan = render(options, source, { cliVersion: 'test' });

  it('writes only safe relative paths', () => {
    for (const file of plan.files.keys()) expect(() => resolveInside('/tmp/root', file)).not.toThrow();
  });

  it('leaves no template syntax and no .hbs suffix behind', () => {
    for (const [file, content] of plan.files) {
      expect(file).not.toMatch(/\.hbs$/);
      if (/\.(tsx?|json|prisma|sql|md|ya?ml|toml|py|go)$/.test(file)) expect(text(content), file).not.toMatch(/\{\{[#/]?\s*(if|each|unless|else)\b/);
    }
  });

  it('pins every dependency to a range (no `latest`, no `*`)', () => {
    for (const [file, content] of plan.files) {
      if (!file.endsWith('package.json')) continue;
      const pkg = JSON.parse(text(content));
      for (const field of ['dependencies', 'devDependencies'])
        for (const [name, range] of Object.entries<string>(pkg[field] ?? {})) expect(range, `${file} ${name}`).toMatch(/^[\^~]?\d/);
    }
  });

  it('gives every .env.example variable a comment and ships no secret', () => {
    for (const [file, content] of plan.files) {
      if (!file.endsWith('.env.example')) continue;
      const lines = text(content).split('\n');
      lines.forEach((line, i) => {
        if (/^[A-Z_]+=/.test(line)) expect(lines[i - 1], `${file}: ${line}`).toMatch(/^#/);
      });
      expect(text(content)).not.toMatch(/(sk_(test|live)_[A-Za-z0-9]{10,}|whsec_[A-Za-z0-9+/]{10,})/);
    }
  });

  it('git-ignores env files and records every file in the manifest', () => {
    const ignore = text(plan.files.get('.gitignore') ?? '');
    expect(ignore).toMatch(/^\.env$/m);
    const manifest = JSON.parse(text(plan.files.get(MANIFEST)!));
    expect(manifest.options).toMatchObject({ pattern: options.pattern, db: options.db, pm: options.pm });
    for (const [file, content] of plan.files) if (file !== MANIFEST) expect(manifest.files[file], file).toBe(sha256(content));
  });

  it('has the compose.yaml its next steps and READMEs send you to, running the PostgreSQL DATABASE_URL names', () => {
    const saysCompose =
      nextSteps(options).some((s) => s.startsWith('docker compose')) ||
      [...plan.files].some(([file, content]) => file.endsWith('README.md') && text(content).includes('docker compose'));
    expect(plan.files.has('compose.yaml')).toBe(saysCompose);
    if (options.db !== 'postgresql') return;
    const compose = text(plan.files.get('compose.yaml')!);
    // compose.yaml's `postgres` service, as the URLs a developer's apps use from the host (localhost:5432)
    const service = /\n  postgres:\n([\s\S]*?)(?=\n  \S|\n\S|$)/.exec(compose)?.[1] ?? '';
    const setting = (key: string) => new RegExp(`${key}: (\\S+)`).exec(service)?.[1];
    expect(service).toContain("- '5432:5432'");
    const urls = [...plan.files]
      .filter(([file]) => file.endsWith('.env.example'))
      .flatMap(([, content]) => [...text(content).matchAll(/^DATABASE_URL=(postgresql:\/\/\S+)$/gm)].map((m) => new URL(m[1]!)));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      expect([url.username, url.password, url.hostname, url.port, url.pathname]).toEqual([
        setting('POSTGRES_USER'),
        setting('POSTGRES_PASSWORD'),
        'localhost',
        '5432',
        `/${setting('POSTGRES_DB')}`,
      ]);
    }
  });

  it('names the middleware proxy.ts for Next 16 (never both)', () => {
    const files = [...plan.files.keys()];
    expect(files.some((f) => /(^|\/)src\/middleware\.ts$/.test(f))).toBe(false);
  });
});
