/** Thrown when code asks a tenant-scoped client for something outside its tenant: a bug, never user input. */
export class TenantScopeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TenantScopeError";
  }
}

type Args = Record<string, unknown>;

const filtered = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "count",
  "aggregate",
  "groupBy",
  "update",
  "updateMany",
  "updateManyAndReturn",
  "upsert",
  "delete",
  "deleteMany",
]);
const creating = new Set(["create", "createMany", "createManyAndReturn", "upsert"]);
const updating = new Set(["update", "updateMany", "updateManyAndReturn", "upsert"]);

/**
 * Adds the tenant condition under AND, next to what the caller wrote. Prisma (5+) accepts extra
 * filters beside the unique field in findUnique/update/delete/upsert, so a row of another
 * tenant is simply not found ("by id" can't reach across), and an explicit other tenantId in
 * the caller's where can only narrow the result to nothing.
 */
function scopeWhere(where: unknown, key: string, tenantId: string): Args {
  const base = (where ?? {}) as Args;
  const and = base.AND === undefined ? [] : Array.isArray(base.AND) ? base.AND : [base.AND];
  return { ...base, AND: [...and, { [key]: tenantId }] };
}

function stampCreate(data: unknown, model: string, key: string, tenantId: string): Args {
  if (key === "id") throw new TenantScopeError(`A tenant-scoped client can't create ${model} rows.`);
  const row = (data ?? {}) as Args;
  if ("tenant" in row) {
    throw new TenantScopeError(`${model}.tenant: don't connect a tenant on a tenant-scoped client; it sets tenantId itself.`);
  }
  if (row.tenantId !== undefined && row.tenantId !== tenantId) {
    throw new TenantScopeError(`${model}.tenantId "${String(row.tenantId)}" does not match the client's tenant "${tenantId}".`);
  }
  return { ...row, tenantId };
}

function checkUpdate(data: unknown, model: string, key: string, tenantId: string): void {
  const row = (data ?? {}) as Args;
  if ("tenant" in row) throw new TenantScopeError(`${model}.tenant: a tenant-scoped client can't move rows to another tenant.`);
  const value = row[key];
  if (value === undefined || value === tenantId) return;
  throw new TenantScopeError(`${model}.${key}: a tenant-scoped client can't move rows to another tenant.`);
}

/** The arguments `operation` runs with on the client scoped to `tenantId`. */
export function scopeArgs(model: string, operation: string, args: unknown, key: "tenantId" | "id", tenantId: string): Args {
  if (!filtered.has(operation) && !creating.has(operation)) {
    // Fail closed: an operation added by a future Prisma must be thought about before it runs.
    throw new TenantScopeError(`${model}.${operation} is not supported on a tenant-scoped client.`);
  }
  const scoped: Args = { ...((args ?? {}) as Args) };
  if (filtered.has(operation)) scoped.where = scopeWhere(scoped.where, key, tenantId);
  if (updating.has(operation)) checkUpdate(operation === "upsert" ? scoped.update : scoped.data, model, key, tenantId);
  if (operation === "upsert") scoped.create = stampCreate(scoped.create, model, key, tenantId);
  else if (operation === "create") scoped.data = stampCreate(scoped.data, model, key, tenantId);
  else if (operation === "createMany" || operation === "createManyAndReturn") {
    const rows = Array.isArray(scoped.data) ? scoped.data : [scoped.data];
    scoped.data = rows.map((row) => stampCreate(row, model, key, tenantId));
  }
  return scoped;
}
