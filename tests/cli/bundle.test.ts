import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { render } from '../../src/render/render.js';
import { diskTemplates, packagedTemplates } from '../../src/render/templates.js';
import { combinations } from '../unit/combinations.js';
import { repoRoot } from './helpers.js';

// The package ships templates only as the build's bundle (dist/templates/<part>.cjs, .hbs precompiled): it must
// render exactly what the template folder renders, for every combination.
const bundle = path.join(repoRoot, 'dist/templates');

describe('the bundled templates', () => {
  it('exist in the build', () => expect(existsSync(bundle)).toBe(true));

  it.each(combinations)('render $pattern / $db / $pm byte for byte as the template folder does', (options) => {
    const fromBundle = render(options, packagedTemplates(bundle), { cliVersion: 'test' }).files;
    const fromFolder = render(options, diskTemplates(), { cliVersion: 'test' }).files;
    const bytes = (tree: typeof fromBundle) => [...tree].map(([file, content]) => [file, Buffer.from(content).toString('base64')]);
    expect(bytes(fromBundle)).toEqual(bytes(fromFolder));
  });
});
