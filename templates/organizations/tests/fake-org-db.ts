// An in-memory stand-in for the PrismaClient delegates the tenant module and the membership handlers use
// (user, orgMembership, project), with the schema's unique constraints (a violation throws Prisma's P2002)
// and OrgMembership.userId → User.clerkId as a foreign key (a violation throws P2003). Every call is async,
// so concurrent handlers interleave the way they do against a real database.

type Row = Record<string, unknown> & { id: string };
type Where = Record<string, unknown>;

function cmp(a: unknown, b: unknown): number {
  const x = a instanceof Date ? a.getTime() : a;
  const y = b instanceof Date ? b.getTime() : b;
  if (x === y) return 0;
  return (x as number | string) < (y as number | string) ? -1 : 1;
}

function matches(row: Row, where: Where = {}): boolean {
  return Object.entries(where).every(([key, cond]) => {
    if (key === 'OR') return (cond as Where[]).some((w) => matches(row, w));
    if (key === 'AND') return (cond as Where[]).every((w) => matches(row, w));
    if (key === 'NOT') return !matches(row, cond as Where);
    if (key === 'userId_orgId') return matches(row, cond as Where);
    const value = row[key];
    if (cond === null) return value === null || value === undefined;
    if (cond instanceof Date || typeof cond !== 'object') return cmp(value, cond) === 0;
    return Object.entries(cond as Record<string, unknown>).every(([op, arg]) => {
      if (op === 'not') return arg === null ? value !== null && value !== undefined : cmp(value, arg) !== 0;
      if (op === 'in') return (arg as unknown[]).some((a) => cmp(value, a) === 0);
      if (value === null || value === undefined) return false;
      if (op === 'equals') return cmp(value, arg) === 0;
      if (op === 'lte') return cmp(value, arg) <= 0;
      if (op === 'lt') return cmp(value, arg) < 0;
      if (op === 'gte') return cmp(value, arg) >= 0;
      if (op === 'gt') return cmp(value, arg) > 0;
      throw new Error(`fake db: unsupported operator ${op}`);
    });
  });
}

class PrismaLikeError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(message);
  }
}

interface TableSpec {
  unique: string[][];
  defaults: () => Record<string, unknown>;
  check?: (row: Row) => void;
}

function table(name: string, spec: TableSpec) {
  const rows: Row[] = [];
  let seq = 0;
  const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  const pick = (row: Row, select?: Record<string, boolean>) =>
    select ? Object.fromEntries(Object.keys(select).filter((k) => select[k]).map((k) => [k, row[k]])) : { ...row };

  function checkUnique(candidate: Row, except?: Row) {
    for (const fields of spec.unique) {
      if (fields.some((f) => candidate[f] === null || candidate[f] === undefined)) continue;
      const clash = rows.find((other) => other !== except && fields.every((f) => cmp(other[f], candidate[f]) === 0));
      if (clash) throw new PrismaLikeError('P2002', `Unique constraint failed on ${name}(${fields.join(', ')})`);
    }
  }

  type Order = Record<string, 'asc' | 'desc'>;
  function sort(list: Row[], orderBy?: Order | Order[]) {
    const orders = orderBy ? (Array.isArray(orderBy) ? orderBy : [orderBy]) : [];
    return [...list].sort((a, b) => {
      for (const o of orders) {
        const [key, dir] = Object.entries(o)[0]!;
        const c = cmp(a[key], b[key]);
        if (c !== 0) return dir === 'desc' ? -c : c;
      }
      return 0;
    });
  }

  const delegate = {
    async findMany(args: { where?: Where; orderBy?: Order | Order[]; select?: Record<string, boolean> } = {}) {
      await tick();
      return sort(rows.filter((r) => matches(r, args.where)), args.orderBy).map((r) => pick(r, args.select));
    },
    async findFirst(args: { where?: Where; select?: Record<string, boolean> } = {}) {
      await tick();
      const row = rows.find((r) => matches(r, args.where));
      return row ? pick(row, args.select) : null;
    },
    async findUnique(args: { where: Where; select?: Record<string, boolean> }) {
      return delegate.findFirst(args);
    },
    async count(args: { where?: Where } = {}) {
      await tick();
      return rows.filter((r) => matches(r, args.where)).length;
    },
    async create({ data }: { data: Record<string, unknown> }) {
      await tick();
      const now = new Date();
      const row: Row = { id: `${name}_${++seq}`, createdAt: now, ...spec.defaults(), ...data };
      if ('updatedAt' in row) row.updatedAt = now;
      checkUnique(row);
      spec.check?.(row);
      rows.push(row);
      return { ...row };
    },
    async updateMany({ where, data }: { where: Where; data: Record<string, unknown> }) {
      await tick();
      const targets = rows.filter((r) => matches(r, where));
      for (const row of targets) checkUnique({ ...row, ...data }, row);
      for (const row of targets) Object.assign(row, data, 'updatedAt' in row ? { updatedAt: new Date() } : {});
      return { count: targets.length };
    },
    async deleteMany({ where }: { where?: Where } = {}) {
      await tick();
      const before = rows.length;
      for (let i = rows.length - 1; i >= 0; i--) if (matches(rows[i]!, where)) rows.splice(i, 1);
      return { count: before - rows.length };
    },
  };
  return { rows, delegate };
}

export function createFakeOrgDb() {
  const users = table('User', {
    unique: [['clerkId'], ['email']],
    defaults: () => ({ email: null, name: null, clerkUpdatedAt: null, updatedAt: null }),
  });
  const memberships = table('OrgMembership', {
    unique: [['userId', 'orgId']],
    defaults: () => ({ clerkUpdatedAt: null, updatedAt: null }),
    check: (row) => {
      if (!users.rows.some((u) => u.clerkId === row.userId)) {
        throw new PrismaLikeError('P2003', 'Foreign key constraint violated: OrgMembership_userId_fkey');
      }
    },
  });
  const projects = table('Project', { unique: [], defaults: () => ({}) });

  // Deleting a user cascades to their memberships, as in the schema.
  const userDeleteMany = users.delegate.deleteMany;
  users.delegate.deleteMany = async (args = {}) => {
    const gone = users.rows.filter((r) => matches(r, args.where)).map((r) => r.clerkId);
    const result = await userDeleteMany(args);
    for (let i = memberships.rows.length - 1; i >= 0; i--) if (gone.includes(memberships.rows[i]!.userId)) memberships.rows.splice(i, 1);
    return result;
  };

  const client = { user: users.delegate, orgMembership: memberships.delegate, project: projects.delegate };
  return {
    users: users.rows,
    memberships: memberships.rows,
    projects: projects.rows,
    /** Typed as the PrismaClient it stands in for. */
    client: client as unknown as import('@/generated/prisma/client').PrismaClient,
  };
}
