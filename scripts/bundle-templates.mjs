// Build step (after tsup): bundles templates/<part>/ into dist/templates/<part>.cjs, one module per part. A plain
// file is kept as a string; a `.hbs` file is precompiled with the runtime's options, so a scaffold runs
// ready-made template functions instead of reading ~100 files and parsing Handlebars on every run, and the
// package ships no templates/ folder. Minified with esbuild (the compiler tsup uses).
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { transformSync } from 'esbuild';
import Handlebars from 'handlebars';

const root = path.resolve('templates');
const compileOptions = JSON.parse(readFileSync('src/render/handlebars-options.json', 'utf8'));
const out = path.resolve('dist/templates');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const decoder = new TextDecoder('utf-8', { fatal: true });
const filesOf = (dir, rel = '') =>
  readdirSync(path.join(dir, rel), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => {
      const r = rel ? `${rel}/${e.name}` : e.name;
      return e.isDirectory() ? filesOf(dir, r) : e.isFile() ? [r] : [];
    });

let count = 0;
for (const part of readdirSync(root)) {
  const entries = filesOf(path.join(root, part)).map((file) => {
    const bytes = readFileSync(path.join(root, part, file));
    let text;
    try {
      text = decoder.decode(bytes);
    } catch {
      throw new Error(`templates/${part}/${file} is not UTF-8 text: the bundle holds text files only.`);
    }
    count++;
    if (!file.endsWith('.hbs')) return `{path:${JSON.stringify(file)},content:${JSON.stringify(text)}}`;
    const spec = Handlebars.precompile(text, compileOptions);
    return `{path:${JSON.stringify(file)},precompiled:${spec}}`;
  });
  const code = transformSync(`module.exports=[${entries.join(',\n')}];`, { minify: true, loader: 'js', format: 'cjs' }).code;
  writeFileSync(path.join(out, `${part}.cjs`), code);
}
console.log(`bundled ${count} template files into dist/templates/`);
