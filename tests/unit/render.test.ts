import { describe, expect, it } from 'vitest';
import type { Options } from '../../src/options.js';
import { MANIFEST, render } from '../../src/render/render.js';
import type { TemplateFile, TemplateSource } from '../../src/render/tree.js';
import { sha256 } from '../../src/render/tree.js';
import { buildPackageJson } from '../../src/render/package-json.js';
import { buildEnvFile } from '../../src/render/env.js';

const options: Options = {
  directory: 'demo',
  name: 'demo',
  pattern: 'full-stack',
  db: 'sqlite',
  pm: 'npm',
  services: [],
  install: false,
  git: false,
};

const file = (path: string, text: string): TemplateFile => ({ path, content: new TextEncoder().encode(text) });
const fake =
  (byPart: Record<string, TemplateFile[]>): TemplateSource =>
  (part) =>
    byPart[part] ?? [];
const text = (content: string | Uint8Array | undefined) =>
  typeof content === 'string' ? content : new TextDecoder().decode(content);

describe('render (mechanics, with fake templates)', () => {
  it('renders .hbs with the context, copies the rest byte for byte, and maps special names', () => {
    const jsx = 'export const A = () => <div style={{ color: "red" }} />;\n';
    const plan = render(
      options,
      fake({
        'next-app': [
          file('README.md.hbs', '# {{name}} uses {{#if sqlite}}SQLite{{else}}Postgres{{/if}}; run `{{run}} dev`\n'),
          file('src/a.tsx', jsx),
          file('cache/_gitignore', '*\n'),
          file('src/proxy.ts', 'export default 1;\n'),
        ],
        prisma: [file('compose.yaml.hbs', '{{#if postgresql}}services: {}{{/if}}\n')],
      }),
      { cliVersion: '1.2.3' },
    );
    expect(text(plan.files.get('README.md'))).toBe('# demo uses SQLite; run `npm run dev`\n');
    expect(text(plan.files.get('src/a.tsx'))).toBe(jsx);
    expect(plan.files.has('cache/.gitignore')).toBe(true);
    expect(plan.files.has('src/proxy.ts')).toBe(true);
    // a template that renders to whitespace only is not written
    expect(plan.files.has('compose.yaml')).toBe(false);
  });

  it('names the middleware file after the Next.js major', () => {
    const plan = render(options, fake({ 'next-app': [file('src/proxy.ts', 'x')] }), { cliVersion: '1', nextMajor: 15 });
    expect([...plan.files.keys()]).toContain('src/middleware.ts');
  });

  it('fails on an unknown template variable instead of writing an empty string', () => {
    expect(() => render(options, fake({ 'next-app': [file('x.hbs', '{{nope}}')] }), { cliVersion: '1' })).toThrow(
      /next-app\/x.hbs/,
    );
  });

  it('refuses two parts writing the same file', () => {
    expect(() =>
      render(options, fake({ 'next-app': [file('a.ts', '1')], prisma: [file('a.ts', '2')] }), { cliVersion: '1' }),
    ).toThrow(/Two parts write a.ts/);
  });

  it('writes a manifest with the options and a hash of every other file', () => {
    const plan = render(options, fake({ 'next-app': [file('a.ts', 'A')] }), { cliVersion: '9.9.9' });
    const manifest = JSON.parse(text(plan.files.get(MANIFEST)));
    expect(manifest.cliVersion).toBe('9.9.9');
    expect(manifest.options).toEqual({ pattern: 'full-stack', db: 'sqlite', pm: 'npm', services: [] });
    expect(manifest.files['a.ts']).toBe(sha256('A'));
    expect(Object.keys(manifest.files)).not.toContain(MANIFEST);
  });
});

describe('buildPackageJson', () => {
  it('pins every dependency from the version table and merges scripts', () => {
    const pkg = buildPackageJson({
      name: 'x',
      pm: 'npm',
      contributions: [
        { dependencies: ['next', 'react'], scripts: { dev: 'next dev' }, buildDependencies: ['better-sqlite3'] },
        { dependencies: ['react'], devDependencies: ['typescript', 'react'], scripts: { test: 'vitest run' } },
      ],
    })!;
    expect(pkg.dependencies).toEqual({ next: expect.stringMatching(/^\^16\./), react: expect.stringMatching(/^\^19\./) });
    expect(pkg.devDependencies).toEqual({ typescript: expect.any(String) });
    expect(pkg.scripts).toEqual({ dev: 'next dev', test: 'vitest run' });
    expect(pkg.allowScripts).toEqual({ 'better-sqlite3': true });
  });

  it('speaks each package manager’s dialect for install scripts', () => {
    const build = (pm: 'pnpm' | 'bun' | 'yarn') =>
      buildPackageJson({ name: 'x', pm, contributions: [{ dependencies: ['next'], buildDependencies: ['better-sqlite3'] }] })!;
    expect(build('pnpm').pnpm).toEqual({ onlyBuiltDependencies: ['better-sqlite3'] });
    expect(build('bun').trustedDependencies).toEqual(['better-sqlite3']);
    expect(build('yarn').allowScripts).toBeUndefined();
  });

  it('throws on a package missing from the version table', () => {
    expect(() => buildPackageJson({ name: 'x', pm: 'npm', contributions: [{ dependencies: ['left-pad'] }] })).toThrow(
      /No version for "left-pad"/,
    );
  });

  it('refuses two parts defining one script differently', () => {
    expect(() =>
      buildPackageJson({ name: 'x', pm: 'npm', contributions: [{ scripts: { dev: 'a' } }, { scripts: { dev: 'b' } }] }),
    ).toThrow(/script "dev"/);
  });
});

describe('buildEnvFile', () => {
  it('writes each variable once with its comment, quoting values that need it', () => {
    const out = buildEnvFile(
      [
        { key: 'A', value: 'file:./dev.db', comment: 'where A comes from' },
        { key: 'B', value: 'has space', comment: 'two\nlines' },
        { key: 'A', value: 'other', comment: 'dup' },
      ],
      'Heading',
    );
    expect(out).toBe('# Heading\n\n# where A comes from\nA=file:./dev.db\n\n# two\n# lines\nB="has space"\n');
  });
});

describe('project-wide pins and workspace install scripts', () => {
  it('a pin wins over the version table for every package', () => {
    const pkg = buildPackageJson({ name: 'x', pm: 'npm', contributions: [{ dependencies: ['react'] }], pins: { react: '19.2.3' } })!;
    expect(pkg.dependencies).toEqual({ react: '19.2.3' });
  });

  it('install-script approvals can be hoisted to the workspace root', () => {
    const member = buildPackageJson({ name: 'm', pm: 'npm', contributions: [{ dependencies: ['next'], buildDependencies: ['better-sqlite3'] }], hoistedBuild: [] })!;
    expect(member.allowScripts).toBeUndefined();
    const root = buildPackageJson({ name: 'r', pm: 'npm', contributions: [{ packageJson: { workspaces: ['apps/web'] } }], hoistedBuild: ['better-sqlite3'] })!;
    expect(root).toMatchObject({ workspaces: ['apps/web'], allowScripts: { 'better-sqlite3': true } });
  });
});
