import type { Prisma } from "@tillbox/db";
import { coreEvents, emit } from "@tillbox/events";
import { recordAudit } from "../../audit/record-audit";
import { emailDigest, type AccountsContext } from "./context";

export const LOCKOUT_THRESHOLD = 10;
export const LOCKOUT_WINDOW_MS = 15 * 60 * 1000;
export const LOCKOUT_DURATION_MS = 15 * 60 * 1000;

export type LoginFailureReason = "unknown_email" | "wrong_password" | "no_password" | "inactive" | "locked";

export interface LoginFailure {
  tenantId: string;
  email: string;
  user: Prisma.UserModel | null;
  reason: LoginFailureReason;
  ip: string | null;
  userAgent: string | null;
  now: Date;
}

/**
 * Emits `security.login.failed` and, for wrong passwords, locks the account once LOCKOUT_THRESHOLD
 * of them fall inside LOCKOUT_WINDOW_MS. The failure events themselves are the sliding window (no
 * extra column): the outbox keeps rows far longer than 15 minutes. Attempts while locked do not
 * extend the lock, so nobody can keep a victim locked out indefinitely by hammering the form.
 */
export async function recordLoginFailure(ctx: AccountsContext, failure: LoginFailure): Promise<void> {
  const { tenantId, user, now } = failure;
  await ctx.db.$transaction(async (tx) => {
    await emit(
      tx,
      coreEvents.securityLoginFailed,
      { userId: user?.id ?? null, emailHash: emailDigest(failure.email), ip: failure.ip, reason: failure.reason },
      { tenantId },
    );
    if (!user || failure.reason !== "wrong_password") return;

    // Taking the row lock first serialises concurrent failures, so each one counts all earlier ones.
    await tx.user.update({ where: { id: user.id }, data: { failedLoginCount: { increment: 1 } } });
    const failures = await tx.outboxEvent.count({
      where: {
        tenantId,
        name: coreEvents.securityLoginFailed.name,
        createdAt: { gt: new Date(now.getTime() - LOCKOUT_WINDOW_MS) },
        AND: [{ payload: { path: ["userId"], equals: user.id } }, { payload: { path: ["reason"], equals: "wrong_password" } }],
      },
    });
    if (failures < LOCKOUT_THRESHOLD) {
      await tx.user.update({ where: { id: user.id }, data: { failedLoginCount: failures } });
      return;
    }
    const lockedUntil = new Date(now.getTime() + LOCKOUT_DURATION_MS);
    await tx.user.update({ where: { id: user.id }, data: { failedLoginCount: failures, lockedUntil } });
    await emit(tx, coreEvents.securityAccountLocked, { userId: user.id, lockedUntil: lockedUntil.toISOString(), failures }, { tenantId });
    await recordAudit(tx, {
      tenantId,
      actorId: null,
      action: "user.locked",
      targetType: "user",
      targetId: user.id,
      data: { failures, lockedUntil: lockedUntil.toISOString() },
      ip: failure.ip,
      userAgent: failure.userAgent,
    });
  });
}
