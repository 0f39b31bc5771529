import { ensureBuiltinRoles } from "@tillbox/core";
import { sessionClaims, type SessionClaims } from "@tillbox/auth/session";
import type { Db } from "@tillbox/db";
import { allScopes } from "../src/access";

/** A signed-in owner's session claims, as Auth.js hands them to handleTRPCRequest. */
export async function ownerSession(db: Db, tenantId = "default", email = "owner@tests.invalid"): Promise<{ claims: SessionClaims }> {
  await ensureBuiltinRoles(db, tenantId, allScopes());
  const role = await db.role.findUniqueOrThrow({ where: { tenantId_key: { tenantId, key: "owner" } } });
  const user = await db.user.create({ data: { tenantId, email, roles: { create: { roleId: role.id } } } });
  return { claims: sessionClaims({ ...user, roles: ["owner"] }) };
}
