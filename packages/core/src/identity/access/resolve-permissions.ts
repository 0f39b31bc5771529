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
 * Every signed-in request runs this, so it is one statement; a role of another tenant can't reach
 * the user through UserRole, but the join still refuses one, so a bad row can't widen access.
 */
export async function resolveGrants(db: DbOrTx, userId: string): Promise<Grants> {
  if (!isUuid(userId)) return none();
  const [row] = await db.$queryRaw<{ active: boolean; role_keys: string[]; scopes: string[] }[]>`
    SELECT u."status" = 'active' AS "active",
           ARRAY(SELECT r."key" FROM "user_role" ur JOIN "role" r ON r."id" = ur."role_id" AND r."tenant_id" = u."tenant_id"
                 WHERE ur."user_id" = u."id" ORDER BY r."key") AS "role_keys",
           ARRAY(SELECT DISTINCT s.scope FROM "user_role" ur JOIN "role" r ON r."id" = ur."role_id" AND r."tenant_id" = u."tenant_id",
                 unnest(r."scopes") AS s(scope) WHERE ur."user_id" = u."id") AS "scopes"
    FROM "user_account" u WHERE u."id" = ${userId}::uuid`;
  if (!row?.active) return none();
  return {
    wildcard: row.scopes.includes(ALL_SCOPES),
    scopes: new Set(row.scopes.filter((scope) => scope !== ALL_SCOPES)),
    roleKeys: row.role_keys,
  };
}

/** The user's permissions with "*" expanded to `allScopes` (core + installed plugins' scopes). */
export async function resolvePermissions(db: DbOrTx, userId: string, allScopes: readonly string[]): Promise<Set<string>> {
  const grants = await resolveGrants(db, userId);
  return grants.wildcard ? expandScopes([ALL_SCOPES], allScopes) : grants.scopes;
}
