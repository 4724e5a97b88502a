import { parse } from '@babel/parser';

type Node = { type: string; start?: number | null; end?: number | null; [key: string]: unknown };

function* walk(node: unknown): Generator<Node> {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* walk(child);
    return;
  }
  const n = node as Node;
  if (typeof n.type === 'string') yield n;
  for (const [key, value] of Object.entries(n)) if (key !== 'loc' && value && typeof value === 'object') yield* walk(value);
}

const parseTsx = (source: string) => parse(source, { sourceType: 'module', plugins: ['typescript', 'jsx'] });

const isElement = (n: Node, name: string) =>
  n.type === 'JSXElement' && ((n.openingElement as Node).name as Node).type === 'JSXIdentifier' && ((n.openingElement as Node).name as Node).name === name;

/** Names an expression reads (not property names): what must be in scope where it is pasted. */
function freeNames(node: Node): Set<string> {
  const names = new Set<string>();
  const skip = new Set<Node>();
  for (const n of walk(node)) {
    if (n.type === 'MemberExpression' && !n.computed) skip.add(n.property as Node);
    if (n.type === 'ObjectProperty' && !n.computed) skip.add(n.key as Node);
    if (n.type === 'Identifier' && !skip.has(n)) names.add(n.name as string);
  }
  return names;
}

/** Import lines and top-level declarations of `program` that bind `names`. */
function bindingsFor(names: Set<string>, program: Node, source: string, quote: string): string[] {
  const lines: string[] = [];
  for (const statement of program.body as Node[]) {
    if (statement.type === 'ImportDeclaration') {
      const wanted = (statement.specifiers as Node[]).filter(
        (sp) => sp.type === 'ImportSpecifier' && names.has((sp.local as Node).name as string),
      );
      if (wanted.length) {
        const list = wanted.map((sp) => source.slice(sp.start!, sp.end!)).join(', ');
        lines.push(`import { ${list} } from ${quote}${(statement.source as Node).value}${quote};`);
      }
    } else if (statement.type === 'VariableDeclaration') {
      const declared = (statement.declarations as Node[]).map((d) => (d.id as Node).name);
      if (declared.some((d) => names.has(d as string))) lines.push(source.slice(statement.start!, statement.end!));
    }
  }
  return lines;
}

/**
 * The root layout: wraps `<body>`'s children in our `<ClerkProvider …>` (same props as the generated layout,
 * with the imports and constants those props read) and adds its import, editing only those spots so the
 * rest of the file stays byte for byte. Returns the file unchanged when ClerkProvider is already there, or
 * null when there is no `<body>` to wrap.
 */
export function mergeLayout(existing: string, ours: string): string | null {
  if (/\bClerkProvider\b/.test(existing)) return existing;
  const theirs = parseTsx(existing);
  const body = [...walk(theirs.program)].find((n) => isElement(n, 'body'));
  const closing = body?.closingElement as Node | null | undefined;
  if (!body || !closing) return null;

  const quote = existing.match(/^import[^\n]*?(['"])/m)?.[1] ?? "'";
  const mineAst = parseTsx(ours);
  const mine = [...walk(mineAst.program)].find((n) => isElement(n, 'ClerkProvider'));
  const openingNode = mine?.openingElement as Node | undefined;
  const opening = openingNode ? ours.slice(openingNode.start!, openingNode.end!) : '<ClerkProvider>';
  const needed = openingNode ? freeNames(openingNode) : new Set<string>();
  needed.delete('ClerkProvider');
  needed.delete('process');
  const added = [`import { ClerkProvider } from ${quote}@clerk/nextjs${quote};`, ...bindingsFor(needed, mineAst.program as unknown as Node, ours, quote)];

  const imports = theirs.program.body.filter((s) => s.type === 'ImportDeclaration');
  const importAt = imports.length ? imports[imports.length - 1]!.end! : 0;
  const bodyOpenEnd = (body.openingElement as Node).end!;
  const bodyCloseStart = closing.start!;
  const head = importAt ? `${existing.slice(0, importAt)}\n${added.join('\n')}` : `${added.join('\n')}\n`;
  return (
    head +
    existing.slice(importAt, bodyOpenEnd) +
    opening +
    existing.slice(bodyOpenEnd, bodyCloseStart) +
    '</ClerkProvider>' +
    existing.slice(bodyCloseStart)
  );
}
