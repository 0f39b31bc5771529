import type { Db } from "@tillbox/db";
import { ensureBuiltinRoles, type AccessActor, type Permissions } from "../../src";

/** A small catalogue standing in for core + plugin scopes. */
export const testScopes = [
  "audit:read",
  "users:read",
  "users:manage",
  "users:impersonate",
  "roles:read",
  "roles:manage",
  "api-keys:manage",
  "plugins:read",
  "plugins:manage",
  "shop:read",
  "shop:manage",
];

export const tenantId = "default";

export async function seedRoles(db: Db, tenant = tenantId) {
  await ensureBuiltinRoles(db, tenant, testScopes);
}

let counter = 0;

export async function createUser(
  db: Db,
  roleKeys: string[] = [],
  extra: { email?: string; name?: string | null; tenant?: string; status?: "active" | "suspended" | "deleted" } = {},
) {
  const tenant = extra.tenant ?? tenantId;
  counter += 1;
  const user = await db.user.create({
    data: {
      tenantId: tenant,
      email: extra.email ?? `user${counter}@example.com`,
      name: extra.name === undefined ? `User ${counter}` : extra.name,
      status: extra.status ?? "active",
    },
  });
  for (const key of roleKeys) {
    const role = await db.role.findUniqueOrThrow({ where: { tenantId_key: { tenantId: tenant, key } } });
    await db.userRole.create({ data: { userId: user.id, roleId: role.id, tenantId: tenant } });
  }
  return user;
}

export function actor(actorId: string | null, permissions: Permissions, tenant = tenantId): AccessActor {
  return { tenantId: tenant, actorId, permissions, ip: "203.0.113.7", userAgent: "vitest" };
}
