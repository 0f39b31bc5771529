import { Prisma, type Db } from "../client";
import { scopeArgs } from "./scope-args";
import { tenantKeyOf } from "./tenant-models";

function tenantScopeExtension(tenantId: string) {
  return Prisma.defineExtension({
    name: `tenant-scope:${tenantId}`,
    query: {
      $allModels: {
        $allOperations({ model, operation, args, query }) {
          const key = tenantKeyOf(model);
          // Platform tables (plugin_state, outbox deliveries, migrations) have no tenant: untouched.
          if (key === undefined) return query(args);
          return query(scopeArgs(model, operation, args, key, tenantId) as typeof args);
        },
      },
    },
  });
}

function extend(db: Db, tenantId: string) {
  return db.$extends(tenantScopeExtension(tenantId));
}

/** A client that can only see and write rows of one tenant (same model API as Db). */
export type TenantDb = ReturnType<typeof extend>;

const scopedClients = new WeakMap<Db, Map<string, TenantDb>>();
const baseOf = new WeakMap<object, Db>();

/**
 * `db` restricted to `tenantId`: every query on a model with a tenantId column gets the
 * tenant added to its where (find/count/aggregate/groupBy/update/delete/upsert, by id too),
 * creates are stamped with it, and a mismatching explicit tenantId is refused. The Tenant
 * model shows only this tenant. Interactive and batch transactions of the returned client stay
 * scoped. Raw SQL ($queryRaw, $executeRaw) and nested writes (relation create/connect inside
 * data) are NOT rewritten: keep them out of tenant code paths (the database still refuses a
 * reference to another tenant's row and a change of tenant_id). Scoping a scoped client only narrows.
 * One client per (db, tenant) is kept, so calling this per request costs nothing.
 */
export function forTenant(db: Db, tenantId: string): TenantDb {
  if (!tenantId) throw new Error("forTenant: tenantId is required.");
  let byTenant = scopedClients.get(db);
  if (!byTenant) {
    byTenant = new Map();
    scopedClients.set(db, byTenant);
  }
  let scoped = byTenant.get(tenantId);
  if (!scoped) {
    scoped = extend(db, tenantId);
    byTenant.set(tenantId, scoped);
    baseOf.set(scoped, db);
  }
  return scoped;
}

/**
 * The same client typed as Db, for code written against Db (services, plugin routers). The
 * extension changes arguments only, never result types, so the model API is identical.
 */
export function forTenantAsDb(db: Db, tenantId: string): Db {
  return forTenant(db, tenantId) as unknown as Db;
}

/**
 * The unrestricted client behind a forTenant() client, for platform work that spans tenants
 * (tenant admin). Anything else is returned as is, so an unknown client stays as narrow as it was.
 * Plugins can't reach this: they import @tillbox/plugin-sdk only.
 */
export function withoutTenantScope<T extends object>(db: T): T | Db {
  return baseOf.get(db) ?? db;
}
