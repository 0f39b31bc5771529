import type { DbOrTx } from "@tillbox/db";
import { ALL_SCOPES } from "./scope-catalogue";

export type BuiltinRoleKey = "owner" | "admin" | "support" | "user";

export const BUILTIN_ROLE_KEYS: readonly BuiltinRoleKey[] = ["owner", "admin", "support", "user"];

/**
 * Scopes an admin never gets by default: changing the permission matrix (an admin could otherwise
 * grant itself anything) and managing tenants (platform-wide, not one organisation's business).
 */
const OWNER_ONLY = new Set(["roles:manage", "tenants:manage"]);

interface BuiltinRole {
  key: BuiltinRoleKey;
  name: string;
  description: string;
  scopes(allScopes: readonly string[]): string[];
}

/**
 * - owner: "*" (every scope, including future plugins'); can't lose scopes.
 * - admin: every scope except roles:manage and tenants:manage.
 * - support: every read scope plus users:impersonate (only of users holding no more than support).
 * - user: nothing administrative; customers' own data is guarded by ownership, not scopes.
 * Defaults apply when a role is created: later plugin scopes reach owner through "*" and the
 * other roles only when an operator grants them in the matrix (new capabilities default to deny).
 */
export const builtinRoles: readonly BuiltinRole[] = [
  { key: "owner", name: "Owner", description: "Everything, including roles and future plugins' scopes.", scopes: () => [ALL_SCOPES] },
  {
    key: "admin",
    name: "Administrator",
    description: "Runs the back-office; cannot change the role matrix.",
    scopes: (all) => all.filter((scope) => !OWNER_ONLY.has(scope)),
  },
  {
    key: "support",
    name: "Support",
    description: "Reads everything and can impersonate customers to help them.",
    scopes: (all) => [...all.filter((scope) => scope.endsWith(":read")), "users:impersonate"],
  },
  { key: "user", name: "User", description: "A customer: no back-office access.", scopes: () => [] },
];

export function isBuiltinRoleKey(key: string): key is BuiltinRoleKey {
  return (BUILTIN_ROLE_KEYS as readonly string[]).includes(key);
}

/**
 * Creates the missing built-in roles of a tenant; existing rows are left alone so operators'
 * matrix edits survive restarts. Safe to run concurrently (createMany skips duplicates).
 */
export async function ensureBuiltinRoles(db: DbOrTx, tenantId: string, allScopes: readonly string[]): Promise<string[]> {
  const existing = await db.role.findMany({ where: { tenantId, key: { in: [...BUILTIN_ROLE_KEYS] } }, select: { key: true } });
  const have = new Set(existing.map((role) => role.key));
  const missing = builtinRoles.filter((role) => !have.has(role.key));
  if (missing.length === 0) return [];
  await db.role.createMany({
    data: missing.map((role) => ({
      tenantId,
      key: role.key,
      name: role.name,
      description: role.description,
      builtin: true,
      scopes: [...new Set(role.scopes(allScopes))],
    })),
    skipDuplicates: true,
  });
  return missing.map((role) => role.key);
}
