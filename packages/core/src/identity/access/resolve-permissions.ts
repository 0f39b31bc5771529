import type { DbOrTx } from "@tillbox/db";
import { ALL_SCOPES, expandScopes } from "./scope-catalogue";
import { isUuid } from "./uuid";

export interface Grants {
  /** True when one of the roles stores "*". */
  wildcard: boolean;
  /** Scopes stored on the user's roles, "*" excluded. */
  scopes: Set<string>;
  roleKeys: string[];
}

const none = (): Grants => ({ wildcard: false, scopes: new Set(), roleKeys: [] });

/**
 * The union of the user's roles' scopes. Suspended, deleted or unknown users hold nothing, so a
 * stale session or key cannot act. Roles are read on every call: a matrix edit applies at once.
 */
export async function resolveGrants(db: DbOrTx, userId: string): Promise<Grants> {
  if (!isUuid(userId)) return none();
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { status: true, tenantId: true, roles: { select: { role: { select: { key: true, scopes: true, tenantId: true } } } } },
  });
  if (!user || user.status !== "active") return none();
  const grants = none();
  for (const { role } of user.roles) {
    // A role of another tenant can't reach this user through UserRole, but a bad row must not widen access.
    if (role.tenantId !== user.tenantId) continue;
    grants.roleKeys.push(role.key);
    for (const scope of role.scopes) {
      if (scope === ALL_SCOPES) grants.wildcard = true;
      else grants.scopes.add(scope);
    }
  }
  return grants;
}

/** The user's permissions with "*" expanded to `allScopes` (core + installed plugins' scopes). */
export async function resolvePermissions(db: DbOrTx, userId: string, allScopes: readonly string[]): Promise<Set<string>> {
  const grants = await resolveGrants(db, userId);
  return grants.wildcard ? expandScopes([ALL_SCOPES], allScopes) : grants.scopes;
}
