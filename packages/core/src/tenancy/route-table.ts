import { withoutTenantScope, type DbOrTx } from "@tillbox/db";
import type { TenantRouteKind } from "./route-values";

export interface PrefixRule {
  prefix: string;
  tenantId: string;
}

/** Every routing rule, indexed for a lookup that does no I/O. */
export interface RouteTable {
  exact: ReadonlyMap<string, string>;
  subdomain: ReadonlyMap<string, string>;
  /** Longest first, so the first hit is the longest matching prefix. */
  prefixes: readonly PrefixRule[];
}

/** Long enough that resolution costs nothing per request, short enough for other processes to follow. */
export const ROUTE_CACHE_TTL_MS = 5_000;

interface Entry {
  generation: number;
  expiresAt: number;
  table: Promise<RouteTable>;
}

let generation = 0;
const cache = new WeakMap<object, Entry>();

/** Called on every rule or tenant write in this process; other processes catch up within the TTL. */
export function invalidateTenantRoutes(): void {
  generation += 1;
}

async function loadRouteTable(db: DbOrTx): Promise<RouteTable> {
  const rows = await db.tenantRoute.findMany({
    select: { kind: true, value: true, tenantId: true },
    orderBy: [{ priority: "desc" }, { createdAt: "asc" }],
  });
  const byKind = (kind: TenantRouteKind) => rows.filter((row) => row.kind === kind);
  return {
    exact: new Map(byKind("exact_domain").map((row) => [row.value, row.tenantId])),
    subdomain: new Map(byKind("subdomain").map((row) => [row.value, row.tenantId])),
    prefixes: byKind("path_prefix")
      .map((row) => ({ prefix: row.value, tenantId: row.tenantId }))
      .sort((a, b) => b.prefix.length - a.prefix.length),
  };
}

/** The rules of every tenant, read through the unscoped client and cached per client. */
export function routeTable(db: DbOrTx, now = Date.now()): Promise<RouteTable> {
  // A tenant-scoped client would see its own tenant's rules only.
  const base = withoutTenantScope(db);
  const entry = cache.get(base);
  if (entry && entry.generation === generation && entry.expiresAt > now) return entry.table;
  const table = loadRouteTable(base);
  const fresh: Entry = { generation, expiresAt: now + ROUTE_CACHE_TTL_MS, table };
  cache.set(base, fresh);
  // A failed read is not cached: the next request tries again.
  table.catch(() => {
    if (cache.get(base) === fresh) cache.delete(base);
  });
  return table;
}
