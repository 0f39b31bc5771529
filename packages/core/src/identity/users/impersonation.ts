import type { Db, Tx } from "@tillbox/db";
import { recordAudit } from "../../audit/record-audit";
import { DomainError } from "../../errors";
import { refuseWhileImpersonated } from "../access/impersonation-guard";
import { auditOrigin, holds, type AccessActor } from "../access/permissions";
import { resolveGrants } from "../access/resolve-permissions";
import { isUuid } from "../access/uuid";
import { assertMayManage, findTenantUser } from "./user-guards";

/** An impersonation is a support tool, not a second login: it lapses after an hour even if nobody stops it. */
export const IMPERSONATION_MAX_MS = 60 * 60 * 1000;

/**
 * Starts acting as `targetUserId`. Returns the session id the Auth.js session carries (for the
 * banner and the one-click stop). Owners, yourself and users more privileged than you are refused;
 * an admin's earlier open session ends first, so one admin impersonates one user at a time.
 */
export async function startImpersonation(db: Db, actor: AccessActor, targetUserId: string, allScopes: readonly string[]) {
  const adminId = actor.actorId;
  if (!adminId) throw new DomainError("IMPERSONATOR_UNKNOWN", "Impersonation needs a signed-in user.", "PRECONDITION_FAILED");
  if (targetUserId === adminId) throw new DomainError("IMPERSONATE_SELF", "You can't impersonate yourself (field: userId).");
  refuseWhileImpersonated(actor, "Starting another impersonation");
  return db.$transaction(async (tx) => {
    const target = await findTenantUser(tx, actor.tenantId, targetUserId);
    if (target.status !== "active") throw new DomainError("USER_NOT_ACTIVE", `The user is ${target.status} (field: userId).`, "CONFLICT");
    if ((await resolveGrants(tx, targetUserId)).roleKeys.includes("owner")) {
      throw new DomainError("IMPERSONATE_OWNER", "Owners can't be impersonated.", "FORBIDDEN");
    }
    await assertMayManage(tx, actor, targetUserId, allScopes);
    await endOpenImpersonations(tx, actor, { adminId, reason: "replaced" });
    const session = await tx.impersonationSession.create({
      data: { tenantId: actor.tenantId, adminId, targetUserId, ip: actor.ip ?? null, userAgent: actor.userAgent ?? null },
    });
    await recordAudit(tx, {
      ...auditOrigin(actor),
      action: "user.impersonate.start",
      targetType: "user",
      targetId: targetUserId,
      data: { sessionId: session.id, targetEmail: target.email },
    });
    return { sessionId: session.id, targetUserId, startedAt: session.startedAt };
  });
}

/**
 * Ends a session: callable by the impersonating admin, from inside the impersonated session (the
 * caller then acts as the target, who holds no admin scope) or by anyone with users:manage.
 */
export async function stopImpersonation(db: Db, actor: AccessActor, sessionId: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const session = isUuid(sessionId) ? await tx.impersonationSession.findFirst({ where: { id: sessionId, tenantId: actor.tenantId } }) : null;
    const involved = session && (actor.actorId === session.adminId || actor.actorId === session.targetUserId);
    if (!session || !(involved || holds(actor.permissions, "users:manage"))) {
      throw new DomainError("IMPERSONATION_NOT_FOUND", `No impersonation session "${sessionId}" (field: sessionId).`, "NOT_FOUND");
    }
    if (session.endedAt) return { sessionId, endedAt: session.endedAt };
    await closeSession(tx, actor, session, "stopped", now);
    return { sessionId, endedAt: now };
  });
}

/** The open, unexpired session behind an Auth.js session, or null: the app shows the banner from it. */
export async function getActiveImpersonation(db: Db, sessionId: string, now = new Date()) {
  if (!isUuid(sessionId)) return null;
  const session = await db.impersonationSession.findFirst({
    where: { id: sessionId, endedAt: null, startedAt: { gt: new Date(now.getTime() - IMPERSONATION_MAX_MS) } },
    include: { admin: { select: { email: true, name: true } }, targetUser: { select: { email: true, name: true, status: true } } },
  });
  return session && session.targetUser.status === "active" ? session : null;
}

/**
 * Redeems the back-office's hand-over of `sessionId` in the portal: one guarded UPDATE marks it
 * consumed, so of any number of concurrent or repeated redemptions exactly one gets the session
 * (the rest get null, as for an ended, lapsed or other tenant's session). The caller has already
 * checked the token's signature and expiry; this makes it single-use.
 */
export async function redeemImpersonationHandover(db: Db, tenantId: string, sessionId: string, now = new Date()) {
  if (!isUuid(sessionId)) return null;
  const [session] = await db.impersonationSession.updateManyAndReturn({
    where: {
      id: sessionId,
      tenantId,
      handoverConsumedAt: null,
      endedAt: null,
      startedAt: { gt: new Date(now.getTime() - IMPERSONATION_MAX_MS) },
    },
    data: { handoverConsumedAt: now },
    select: { id: true, adminId: true, targetUserId: true },
  });
  return session ?? null;
}

/** Ends the open sessions started by `adminId` or targeting/started by `userId`, each audited. */
export async function endOpenImpersonations(tx: Tx, actor: AccessActor, filter: { adminId?: string; userId?: string; reason: string }) {
  const open = await tx.impersonationSession.findMany({
    where: {
      tenantId: actor.tenantId,
      endedAt: null,
      OR: filter.adminId ? [{ adminId: filter.adminId }] : [{ adminId: filter.userId }, { targetUserId: filter.userId }],
    },
  });
  for (const session of open) await closeSession(tx, actor, session, filter.reason, new Date());
}

/**
 * The entry names who ended it (auditOrigin: the impersonating admin when the stop comes from
 * inside the impersonated session) and whose impersonation it was, the user being the target.
 */
async function closeSession(
  tx: Tx,
  actor: AccessActor,
  session: { id: string; adminId: string; targetUserId: string; startedAt: Date },
  reason: string,
  now: Date,
) {
  await tx.impersonationSession.update({ where: { id: session.id }, data: { endedAt: now } });
  await recordAudit(tx, {
    ...auditOrigin(actor),
    action: "user.impersonate.stop",
    targetType: "user",
    targetId: session.targetUserId,
    data: { sessionId: session.id, adminId: session.adminId, reason, seconds: Math.round((now.getTime() - session.startedAt.getTime()) / 1000) },
  });
}
