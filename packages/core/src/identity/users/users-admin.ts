import type { Db } from "@tillbox/db";
import { recordAudit } from "../../audit/record-audit";
import { DomainError } from "../../errors";
import { auditOrigin, holdsAll, type AccessActor } from "../access/permissions";
import { endOpenImpersonations } from "./impersonation";
import { assertMayManage, assertNotLastOwner, findTenantUser } from "./user-guards";
import { userPatchSchema, type UserPatch } from "./user-profile-patch";

/** Operator edit of profile fields; the audit entry lists the changed fields' new values. */
export async function updateUser(db: Db, actor: AccessActor, userId: string, patch: UserPatch, allScopes: readonly string[]) {
  const parsed = userPatchSchema.safeParse(patch);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DomainError("INVALID_USER_PATCH", `${issue.message} (field: ${issue.path.join(".")})`);
  }
  const data = parsed.data;
  return db.$transaction(async (tx) => {
    await findTenantUser(tx, actor.tenantId, userId);
    await assertMayManage(tx, actor, userId, allScopes);
    const user = await tx.user.update({
      where: { id: userId },
      data,
      select: { id: true, name: true, company: true, locale: true, country: true, vatId: true },
    });
    await recordAudit(tx, { ...auditOrigin(actor), action: "user.update", targetType: "user", targetId: userId, data });
    return user;
  });
}

/**
 * Suspends and signs the user out everywhere (sessionVersion bump); open impersonations of or by
 * the user end too. Suspending again is a no-op.
 */
export async function suspendUser(db: Db, actor: AccessActor, userId: string, allScopes: readonly string[], reason?: string) {
  return db.$transaction(async (tx) => {
    const user = await findTenantUser(tx, actor.tenantId, userId);
    if (userId === actor.actorId) throw new DomainError("SUSPEND_SELF", "You can't suspend yourself.", "CONFLICT");
    if (user.status === "deleted") throw new DomainError("USER_DELETED", "A deleted account can't be suspended.", "CONFLICT");
    if (user.status === "suspended") return { id: userId, status: user.status, sessionVersion: user.sessionVersion };
    await assertMayManage(tx, actor, userId, allScopes);
    await assertNotLastOwner(tx, actor.tenantId, userId);
    const updated = await tx.user.update({
      where: { id: userId },
      data: { status: "suspended", sessionVersion: { increment: 1 } },
      select: { id: true, status: true, sessionVersion: true },
    });
    await endOpenImpersonations(tx, actor, { userId, reason: "user.suspend" });
    await recordAudit(tx, { ...auditOrigin(actor), action: "user.suspend", targetType: "user", targetId: userId, data: { reason: reason ?? null } });
    return updated;
  });
}

export async function unsuspendUser(db: Db, actor: AccessActor, userId: string, allScopes: readonly string[]) {
  return db.$transaction(async (tx) => {
    const user = await findTenantUser(tx, actor.tenantId, userId);
    if (user.status !== "suspended") {
      throw new DomainError("USER_NOT_SUSPENDED", `The user is ${user.status}, not suspended.`, "CONFLICT");
    }
    await assertMayManage(tx, actor, userId, allScopes);
    const updated = await tx.user.update({ where: { id: userId }, data: { status: "active" }, select: { id: true, status: true, sessionVersion: true } });
    await recordAudit(tx, { ...auditOrigin(actor), action: "user.unsuspend", targetType: "user", targetId: userId });
    return updated;
  });
}

/**
 * Replaces the user's roles. The caller must hold every scope of each role it adds and of the
 * user it changes, and the tenant keeps at least one active owner.
 */
export async function assignRoles(db: Db, actor: AccessActor, userId: string, roleKeys: readonly string[], allScopes: readonly string[]) {
  return db.$transaction(async (tx) => {
    await findTenantUser(tx, actor.tenantId, userId);
    await assertMayManage(tx, actor, userId, allScopes);
    const keys = [...new Set(roleKeys)];
    const roles = await tx.role.findMany({ where: { tenantId: actor.tenantId, key: { in: keys } } });
    const missing = keys.find((key) => !roles.some((role) => role.key === key));
    if (missing) throw new DomainError("ROLE_NOT_FOUND", `No role "${missing}" (field: roleKeys).`, "BAD_REQUEST");
    const current = await tx.userRole.findMany({ where: { userId }, select: { role: { select: { id: true, key: true } } } });
    const currentKeys = current.map(({ role }) => role.key);
    const added = roles.filter((role) => !currentKeys.includes(role.key));
    const removed = current.filter(({ role }) => !keys.includes(role.key)).map(({ role }) => role);
    if (
      !holdsAll(
        actor.permissions,
        added.flatMap((role) => role.scopes),
        allScopes,
      )
    ) {
      throw new DomainError("SCOPE_NOT_HELD", "You can only assign roles whose scopes you hold (field: roleKeys).", "FORBIDDEN");
    }
    if (removed.some((role) => role.key === "owner")) await assertNotLastOwner(tx, actor.tenantId, userId);
    await tx.userRole.deleteMany({ where: { userId, roleId: { in: removed.map((role) => role.id) } } });
    await tx.userRole.createMany({ data: added.map((role) => ({ userId, roleId: role.id, tenantId: actor.tenantId })) });
    if (added.length || removed.length) {
      await recordAudit(tx, {
        ...auditOrigin(actor),
        action: "user.roles.assign",
        targetType: "user",
        targetId: userId,
        data: { added: added.map((role) => role.key), removed: removed.map((role) => role.key) },
      });
    }
    return { userId, roles: keys.sort() };
  });
}
