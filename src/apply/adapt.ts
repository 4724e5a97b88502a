import { type Tree, asText } from '../render/tree.js';
import type { Project } from './detect.js';

const isText = (file: string) => /\.(m?[jt]sx?|json|prisma|css|md|ya?ml|toml|sql)$|(^|\/)\.(env|gitignore)/.test(file);

/**
 * Fits a rendered tree (laid out for a new project: `src/`, alias `@/`, `proxy.ts`) to the host project:
 * no `src/` folder moves files up a level (and fixes the paths written inside them), another alias is
 * rewritten in imports, and our middleware lands on their existing middleware file so the two are compared.
 */
export function adaptToProject(tree: Tree, project: Project, ourMiddleware: string): Tree {
  const out: Tree = new Map();
  for (const [file, content] of tree) {
    let body = content;
    if (!project.srcDir && isText(file)) body = asText(body).replace(/(^|[\s"'`(/=,[]|\.\/)src\//gm, '$1');
    if (project.alias && project.alias !== '@/' && /\.(m?[jt]sx?)$/.test(file))
      body = asText(body).replace(/(from\s+|import\(\s*|require\(\s*)(['"])@\//g, `$1$2${project.alias}`);
    out.set(fitPath(file, project, ourMiddleware), body);
  }
  return out;
}

/** Where a file of a new-project layout lands in the host project (the path half of adaptToProject). */
export function fitPath(file: string, project: Project, ourMiddleware: string): string {
  const target = project.srcDir ? file : file.replace(/^src\//, '');
  const middleware = project.srcDir ? ourMiddleware : ourMiddleware.replace(/^src\//, '');
  return project.middleware && target === middleware ? project.middleware : target;
}
