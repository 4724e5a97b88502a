import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, scratch, snapshot } from './helpers.js';

const LAYOUT = `import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = { title: "Mine" };

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="en">
      <body className="mine">{children}</body>
    </html>
  );
}
`;

/** A minimal Next.js app as create-next-app lays it out (src/app or app). */
function nextApp({ src = true, alias = '@/*' as string | null } = {}) {
  const root = scratch('cca-add-');
  const app = path.join(root, src ? 'src/app' : 'app');
  mkdirSync(app, { recursive: true });
  writeFileSync(
    path.join(root, 'package.json'),
    `${JSON.stringify({ name: 'host', private: true, scripts: { dev: 'next dev --turbopack' }, dependencies: { next: '16.4.3', react: '19.3.0', 'react-dom': '19.3.0' }, devDependencies: { typescript: '^5' } }, null, 2)}\n`,
  );
  const paths = alias ? { [alias]: [src ? './src/*' : './*'] } : undefined;
  writeFileSync(path.join(root, 'tsconfig.json'), `${JSON.stringify({ compilerOptions: { strict: true, ...(paths ? { paths } : {}) } }, null, 2)}\n`);
  writeFileSync(path.join(app, 'layout.tsx'), LAYOUT);
  writeFileSync(path.join(app, 'page.tsx'), 'export default function Home() { return <p>mine</p>; }\n');
  writeFileSync(path.join(root, '.gitignore'), '/node_modules\n.env*\n');
  return root;
}

const add = (root: string, ...args: string[]) => runCli(['add', 'full-stack', '--cwd', root, '--no-install', ...args], { cwd: root });
const read = (root: string, file: string) => readFileSync(path.join(root, file), 'utf8');

describe('add full-stack into an existing Next.js app', () => {
  it('src/app layout: creates our files, merges theirs by adding only, keeps their pages', () => {
    const root = nextApp();
    const before = snapshot(root);
    const result = add(root, '--db', 'sqlite');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/create\s+src\/proxy.ts/);
    expect(result.stdout).toMatch(/merge\s+package.json/);

    const pkg = JSON.parse(read(root, 'package.json'));
    expect(pkg.dependencies.next).toBe('16.4.3'); // their range, untouched
    expect(pkg.scripts.dev).toBe('next dev --turbopack');
    expect(pkg.dependencies['@clerk/nextjs']).toMatch(/^\^7\./);
    expect(pkg.scripts['db:migrate']).toBeDefined();
    expect(pkg.allowScripts).toEqual({ 'better-sqlite3': true });

    const layout = read(root, 'src/app/layout.tsx');
    expect(layout).toContain('import { ClerkProvider } from "@clerk/nextjs";');
    expect(layout).toMatch(/<body className="mine"><ClerkProvider[^>]*>\{children\}<\/ClerkProvider><\/body>/);
    // everything else in their layout is byte for byte the same
    const expected = LAYOUT.replace(
      'import "./globals.css";',
      'import "./globals.css";\nimport { ClerkProvider } from "@clerk/nextjs";\nimport { signInUrl, signUpUrl } from "@/lib/routes";',
    ).replace('<body className="mine">{children}</body>', '<body className="mine"><ClerkProvider signInUrl={signInUrl} signUpUrl={signUpUrl}>{children}</ClerkProvider></body>');
    expect(layout).toBe(expected);

    const after = snapshot(root);
    expect(after['src/app/page.tsx']).toBe(before['src/app/page.tsx']);
    expect(after['tsconfig.json']).toBe(before['tsconfig.json']);
    expect(read(root, '.gitignore').startsWith('/node_modules\n.env*\n')).toBe(true);
    expect(existsSync(path.join(root, 'src/proxy.ts'))).toBe(true);
    expect(existsSync(path.join(root, 'prisma/schema.prisma'))).toBe(true);
    expect(JSON.parse(read(root, 'clerk-arch.json')).options.pattern).toBe('full-stack');
  });

  it('app/ layout without src/: files move up a level and paths inside them follow', () => {
    const root = nextApp({ src: false });
    expect(add(root, '--db', 'sqlite').code).toBe(0);
    expect(existsSync(path.join(root, 'proxy.ts'))).toBe(true);
    expect(existsSync(path.join(root, 'app/api/me/route.ts'))).toBe(true);
    expect(existsSync(path.join(root, 'src'))).toBe(false);
    expect(read(root, 'prisma/schema.prisma')).not.toMatch(/src\//);
  });

  it('a project without an alias gets @/* added to tsconfig.json', () => {
    const root = nextApp({ alias: null });
    expect(add(root, '--db', 'sqlite').code).toBe(0);
    expect(JSON.parse(read(root, 'tsconfig.json')).compilerOptions.paths).toEqual({ '@/*': ['./src/*'] });
  });

  it('another alias (~/*) is used in the imports of our files', () => {
    const root = nextApp({ alias: '~/*' });
    expect(add(root, '--db', 'sqlite').code).toBe(0);
    expect(read(root, 'src/app/api/me/route.ts')).not.toMatch(/from '@\//);
    expect(read(root, 'src/app/layout.tsx')).toMatch(/from "~\/lib\/routes"/);
  });

  it('their own proxy.ts is a conflict: reported, left byte-identical, exit 1; --overwrite replaces it with a backup', () => {
    const root = nextApp();
    const mine = 'export { default } from "./my-auth";\n';
    writeFileSync(path.join(root, 'src/proxy.ts'), mine);
    const result = add(root, '--db', 'sqlite');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/conflict\s+src\/proxy.ts/);
    expect(result.stderr).toMatch(/left as they are: src\/proxy.ts.*--overwrite/);
    expect(read(root, 'src/proxy.ts')).toBe(mine);

    const again = add(root, '--db', 'sqlite', '--overwrite');
    expect(again.code).toBe(0);
    expect(read(root, 'src/proxy.ts')).toContain('clerkMiddleware');
    const backups = path.join(root, '.clerk-arch/backups');
    const [stamp] = readdirSync(backups);
    expect(readFileSync(path.join(backups, stamp!, 'src/proxy.ts'), 'utf8')).toBe(mine);
  });

  it('a middleware.ts on Next 16 is compared with our proxy instead of sitting beside it', () => {
    const root = nextApp();
    writeFileSync(path.join(root, 'src/middleware.ts'), 'export function middleware() {}\n');
    const result = add(root, '--db', 'sqlite');
    expect(result.stdout).toMatch(/conflict\s+src\/middleware.ts/);
    expect(existsSync(path.join(root, 'src/proxy.ts'))).toBe(false);
  });

  it('their User model keeps its fields and gains ours', () => {
    const root = nextApp();
    mkdirSync(path.join(root, 'prisma'));
    writeFileSync(
      path.join(root, 'prisma/schema.prisma'),
      'datasource db {\n  provider = "sqlite"\n}\n\nmodel User {\n  id       String @id @default(cuid())\n  nickname String // theirs\n  karma    Int    @default(0)\n}\n',
    );
    expect(add(root).code).toBe(0); // the provider comes from their schema: no --db needed
    const schema = read(root, 'prisma/schema.prisma');
    expect(schema).toMatch(/nickname\s+String\s+\/\/ theirs/);
    expect(schema).toMatch(/karma\s+Int\s+@default\(0\)/);
    expect(schema).toMatch(/clerkId\s+String\s+@unique/);
    expect(schema).toMatch(/model OrgMembership/);
    expect(schema).toMatch(/generator client/);
  });

  it('running the same add twice changes nothing the second time', () => {
    const root = nextApp();
    expect(add(root, '--db', 'sqlite').code).toBe(0);
    const first = snapshot(root);
    const second = add(root, '--db', 'sqlite');
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/Nothing to do/);
    expect(second.stdout).not.toMatch(/^(create|merge|update|conflict)/m);
    expect(snapshot(root)).toEqual(first);
  });

  it('--dry-run shows the plan and diffs and leaves the tree byte-identical', () => {
    const root = nextApp();
    const before = snapshot(root);
    const result = add(root, '--db', 'sqlite', '--dry-run');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\+import \{ ClerkProvider \} from "@clerk\/nextjs";/);
    expect(result.stdout).toMatch(/Dry run: nothing was written/);
    expect(snapshot(root)).toEqual(before);
  });

  it('--json reports each file and its action', () => {
    const root = nextApp();
    const result = add(root, '--db', 'sqlite', '--json');
    const json = JSON.parse(result.stdout);
    expect(json.ok).toBe(true);
    expect(json.changes).toContainEqual({ path: 'src/app/layout.tsx', action: 'merge' });
    expect(json.changes).toContainEqual({ path: 'src/proxy.ts', action: 'create' });
  });

  it('a folder that is not a Next.js app is exit 2 saying what was looked for', () => {
    const root = scratch();
    writeFileSync(path.join(root, 'package.json'), '{"name":"lib"}');
    const result = add(root, '--db', 'sqlite');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/looked for "next" in package.json and an app\/ or src\/app\/ folder/);
    expect(add(scratch(), '--db', 'sqlite').stderr).toMatch(/No package.json/);
  });

  it('never writes through a symlink that leaves the project', () => {
    const root = nextApp();
    const outside = scratch('cca-outside-');
    symlinkSync(outside, path.join(root, 'src/lib'));
    const result = add(root, '--db', 'sqlite');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/symlink/);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('without a TTY a missing --db is exit 2 naming the flag', () => {
    const root = nextApp();
    const result = runCli(['add', 'full-stack', '--cwd', root, '--no-install'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Missing --db/);
  });
});

describe('patterns layer', () => {
  it('add multi-tenant on a generated full-stack project updates our untouched files and adds only what is missing', () => {
    const cwd = scratch();
    expect(runCli(['app', '--pattern', 'full-stack', '--db', 'sqlite', '--no-install', '--no-git'], { cwd }).code).toBe(0);
    const root = path.join(cwd, 'app');
    const before = snapshot(root);
    const result = runCli(['add', 'multi-tenant', '--cwd', root, '--no-install'], { cwd });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/update\s+src\/proxy.ts/);
    expect(result.stdout).toMatch(/create\s+src\/lib\/tenant.ts/);
    expect(result.stdout).toMatch(/create\s+prisma\/migrations\/1_organizations\/migration.sql/);
    expect(result.stdout).not.toMatch(/conflict/);
    // the multi-tenant tree is exactly what create would have made (bar the manifest)
    const fresh = scratch();
    expect(runCli(['app', '--pattern', 'multi-tenant', '--db', 'sqlite', '--no-install', '--no-git'], { cwd: fresh }).code).toBe(0);
    const layered = snapshot(root);
    const created = snapshot(path.join(fresh, 'app'));
    delete layered['clerk-arch.json'];
    delete created['clerk-arch.json'];
    expect(layered).toEqual(created);
    expect(Object.keys(before).length).toBeLessThan(Object.keys(layered).length);

    const again = runCli(['add', 'multi-tenant', '--cwd', root, '--no-install'], { cwd });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/Nothing to do/);
    // adding the smaller pattern to the larger one is a no-op too
    const smaller = runCli(['add', 'full-stack', '--cwd', root, '--no-install'], { cwd });
    expect(smaller.stdout).toMatch(/Nothing to do/);
  });

  it('a user-edited generated file is a conflict, not an update', () => {
    const cwd = scratch();
    runCli(['app', '--pattern', 'full-stack', '--db', 'sqlite', '--no-install', '--no-git'], { cwd });
    const root = path.join(cwd, 'app');
    writeFileSync(path.join(root, 'src/proxy.ts'), `${read(root, 'src/proxy.ts')}\n// my change\n`);
    const result = runCli(['add', 'multi-tenant', '--cwd', root, '--no-install'], { cwd });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/conflict\s+src\/proxy.ts/);
    expect(read(root, 'src/proxy.ts')).toMatch(/\/\/ my change/);
  });
});

describe('add and an existing Prisma schema', () => {
  it('warns about their required User fields our webhook cannot fill', () => {
    const root = nextApp();
    mkdirSync(path.join(root, 'prisma'));
    writeFileSync(path.join(root, 'prisma/schema.prisma'), 'datasource db {\n  provider = "sqlite"\n}\n\nmodel User {\n  id       String @id @default(cuid())\n  nickname String\n  karma    Int    @default(0)\n}\n');
    const result = add(root);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/User\.nickname is required with no default/);
    expect(result.stderr).not.toMatch(/karma/);
  });

  it('a schema the Prisma AST cannot read is a conflict, left as it is', () => {
    const root = nextApp();
    mkdirSync(path.join(root, 'prisma'));
    const odd = 'datasource db {\n  provider = "sqlite"\n}\n\nmodel Team { id String @id }\n';
    writeFileSync(path.join(root, 'prisma/schema.prisma'), odd);
    const result = add(root);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/conflict\s+prisma\/schema.prisma \(cannot be merged automatically\)/);
    expect(read(root, 'prisma/schema.prisma')).toBe(odd);
  });
});
