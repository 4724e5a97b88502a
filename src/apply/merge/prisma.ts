import { getSchema, printSchema } from '@mrleebo/prisma-ast';

type Block = ReturnType<typeof getSchema>['list'][number];

function parseOrNull(schema: string): ReturnType<typeof getSchema> | null {
  try {
    return getSchema(schema);
  } catch {
    return null;
  }
}

const named = (b: Block): b is Extract<Block, { name: string }> => 'name' in b;

/**
 * schema.prisma through a Prisma AST: adds our models and enums that are missing and our fields that an
 * existing model lacks (e.g. `clerkId` on their `User`). Their generator, datasource, fields, attributes
 * and models are kept as they are.
 */
export function mergePrismaSchema(existing: string, ours: string): string | null {
  const theirs = parseOrNull(existing);
  if (!theirs) return null; // a schema the AST library cannot read is a conflict, never a crash
  const mine = getSchema(ours);
  let changed = false;
  for (const block of mine.list) {
    if (!named(block)) continue;
    if (block.type === 'generator' || block.type === 'datasource') {
      if (!theirs.list.some((b) => b.type === block.type)) {
        theirs.list.unshift(block);
        changed = true;
      }
      continue;
    }
    const match = theirs.list.find((b) => named(b) && b.type === block.type && b.name === block.name);
    if (!match) {
      theirs.list.push({ type: 'break' } as Block, block);
      changed = true;
      continue;
    }
    if (block.type !== 'model' || match.type !== 'model') continue;
    const fieldNames = new Set(match.properties.flatMap((p) => (p.type === 'field' ? [p.name] : [])));
    const firstAttribute = match.properties.findIndex((p) => p.type === 'attribute');
    let added = 0;
    for (const prop of block.properties) {
      if (prop.type !== 'field' || fieldNames.has(prop.name)) continue;
      if (firstAttribute === -1) match.properties.push(prop);
      else match.properties.splice(firstAttribute + added, 0, prop);
      added++;
      changed = true;
    }
  }
  return changed ? printSchema(theirs) : existing;
}

/**
 * Fields of theirs that our code cannot fill: required, no default, in a model we also write to (their `User`,
 * which the webhook creates rows of). `add` warns about them: such a create fails until they get a default.
 */
export function fieldsWeCannotFill(existing: string, ours: string): string[] {
  const theirs = parseOrNull(existing);
  if (!theirs) return [];
  const mine = getSchema(ours);
  const models = new Set(theirs.list.flatMap((b) => (b.type === 'model' ? [b.name] : [])));
  const out: string[] = [];
  for (const block of mine.list) {
    if (block.type !== 'model') continue;
    const match = theirs.list.find((b) => b.type === 'model' && b.name === block.name);
    if (!match || match.type !== 'model') continue;
    const ourFields = new Set(block.properties.flatMap((p) => (p.type === 'field' ? [p.name] : [])));
    for (const field of match.properties) {
      if (field.type !== 'field' || ourFields.has(field.name) || field.optional || field.array) continue;
      const attrs = new Set((field.attributes ?? []).map((a) => a.name));
      if (attrs.has('default') || attrs.has('updatedAt') || attrs.has('relation') || models.has(String(field.fieldType))) continue;
      out.push(`${block.name}.${field.name}`);
    }
  }
  return out;
}
