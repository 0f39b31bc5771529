import type { Tx } from "@tillbox/db";
import { DomainError } from "../../errors";
import { holdsAll, type AccessActor } from "../access/permissions";
import { resolveGrants } from "../access/resolve-permissions";
import { ALL_SCOPES } from "../access/scope-catalogue";
import { isUuid } from "../access/uuid";

/** The user, if it belongs to the actor's tenant; NOT_FOUND otherwise (other tenants' ids reveal nothing). */
export async function findTenantUser(tx: Tx, tenantId: string, userId: string) {
  const user = isUuid(userId) ? await tx.user.findFirst({ where: { id: userId, tenantId } }) : null;
  if (!user) throw new DomainError("USER_NOT_FOUND", `No user with id "${userId}" (field: userId).`, "NOT_FOUND");
  return user;
}

/** No managing up: an admin can't suspend, edit or re-role someone holding scopes the admin lacks (an owner). */
export async function assertMayManage(tx: Tx, actor: AccessActor, userId: string, allScopes: readonly string[]): Promise<void> {
  const grants = await resolveGrants(tx, userId);
  const scopes = grants.wildcard ? [ALL_SCOPES] : [...grants.scopes];
  if (!holdsAll(actor.permissions, scopes, allScopes)) {
    throw new DomainError("USER_MORE_PRIVILEGED", "This user holds permissions you don't; ask an owner.", "FORBIDDEN");
  }
}

/**
 * Locks the tenant's owner role row, so two concurrent changes can't each remove "the other" owner,
 * then refuses when `userId` is an owner and no other active owner would remain. Call inside the transaction making the change.
 */
export async function assertNotLastOwner(tx: Tx, tenantId: string, userId: string): Promise<void> {
  const owner = await tx.role.findUnique({ where: { tenantId_key: { tenantId, key: "owner" } }, select: { id: true } });
  if (!owner) return;
  await tx.$queryRaw`SELECT id FROM "role" WHERE id = ${owner.id}::uuid FOR UPDATE`;
  const isOwner = await tx.userRole.findUnique({ where: { userId_roleId: { userId, roleId: owner.id } } });
  if (!isOwner) return;
  // Suspended owners don't count: the tenant needs an owner who can sign in.
  const others = await tx.userRole.count({ where: { roleId: owner.id, userId: { not: userId }, user: { status: "active" } } });
  if (others === 0) {
    throw new DomainError("LAST_OWNER", "This is the last active owner; make someone else owner first.", "CONFLICT");
  }
}
