import type { WebhookDb } from '@/lib/webhooks';

// An in-memory stand-in for the part of PrismaClient the webhook handler uses, with the same unique
// constraints as prisma/schema.prisma (clerkId, email): a violation throws Prisma's P2002. Every call is
// async, so concurrent handlers interleave the way they do against a real database.

interface Row {
  id: string;
  clerkId: string;
  email: string | null;
  name: string | null;
  clerkUpdatedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

type Where = Record<string, unknown>;

function matches(row: Row, where: Where): boolean {
  return Object.entries(where).every(([key, cond]) => {
    if (key === 'OR') return (cond as Where[]).some((w) => matches(row, w));
    if (key === 'NOT') return !matches(row, cond as Where);
    const value = row[key as keyof Row];
    if (cond === null) return value === null;
    if (cond instanceof Date || typeof cond !== 'object') return cmp(value, cond) === 0;
    const ops = cond as Record<string, unknown>;
    return Object.entries(ops).every(([op, arg]) => {
      if (op === 'not') return arg === null ? value !== null : cmp(value, arg) !== 0;
      if (value === null || value === undefined) return false;
      if (op === 'lte') return cmp(value, arg) <= 0;
      if (op === 'lt') return cmp(value, arg) < 0;
      if (op === 'gte') return cmp(value, arg) >= 0;
      if (op === 'gt') return cmp(value, arg) > 0;
      if (op === 'equals') return cmp(value, arg) === 0;
      throw new Error(`fake db: unsupported operator ${op}`);
    });
  });
}

function cmp(a: unknown, b: unknown): number {
  const x = a instanceof Date ? a.getTime() : a;
  const y = b instanceof Date ? b.getTime() : b;
  if (x === y) return 0;
  return (x as number | string) < (y as number | string) ? -1 : 1;
}

class UniqueViolation extends Error {
  code = 'P2002';
  constructor(field: string) {
    super(`Unique constraint failed on the fields: (\`${field}\`)`);
  }
}

export function createFakeDb() {
  const rows: Row[] = [];
  let seq = 0;
  const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

  function checkUnique(candidate: Row, except?: Row) {
    for (const other of rows) {
      if (other === except || other === candidate) continue;
      if (other.clerkId === candidate.clerkId) throw new UniqueViolation('clerkId');
      if (candidate.email !== null && other.email === candidate.email) throw new UniqueViolation('email');
    }
  }

  const user = {
    async findUnique({ where }: { where: Where }) {
      await tick();
      const row = rows.find((r) => matches(r, where));
      return row ? { ...row } : null;
    },
    async findMany({ where = {} }: { where?: Where } = {}) {
      await tick();
      return rows.filter((r) => matches(r, where)).map((r) => ({ ...r }));
    },
    async create({ data }: { data: Partial<Row> & { clerkId: string } }) {
      await tick();
      const now = new Date();
      const row: Row = {
        id: `fake_${++seq}`,
        email: null,
        name: null,
        clerkUpdatedAt: null,
        createdAt: now,
        updatedAt: now,
        ...data,
      };
      checkUnique(row);
      rows.push(row);
      return { ...row };
    },
    async updateMany({ where, data }: { where: Where; data: Partial<Row> }) {
      await tick();
      const targets = rows.filter((r) => matches(r, where));
      for (const row of targets) checkUnique({ ...row, ...data }, row);
      for (const row of targets) Object.assign(row, data, { updatedAt: new Date() });
      return { count: targets.length };
    },
    async deleteMany({ where }: { where: Where }) {
      await tick();
      const before = rows.length;
      for (let i = rows.length - 1; i >= 0; i--) if (matches(rows[i]!, where)) rows.splice(i, 1);
      return { count: before - rows.length };
    },
  };

  return { user, rows, asWebhookDb: () => ({ user }) as unknown as WebhookDb };
}
