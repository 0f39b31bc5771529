import type { Tx } from "@tillbox/db";
import { coreEvents, emit } from "@tillbox/events";
import { recordAudit } from "../../audit/record-audit";
import { DomainError } from "../../errors";
import { activeUser, authPaths, clock, deliver, invalidToken, link, normaliseEmail, type AccountsContext } from "./context";
import { hashPassword, verifyPassword } from "./password";
import { assertPasswordPolicy } from "./password-policy";
import { accepted, type Accepted } from "./sign-up";
import { issueToken } from "./tokens";
import { consumeAndVerify } from "./verified-token";

/** Same answer for every address; only active accounts get a link (valid 1 h, single use). */
export async function requestPasswordReset(ctx: AccountsContext, input: { tenantId: string; email: string }): Promise<Accepted> {
  const email = normaliseEmail(input.email);
  const user = await ctx.db.user.findUnique({ where: { tenantId_email: { tenantId: input.tenantId, email } } });
  if (!user || user.status !== "active") return accepted();
  const now = clock(ctx);
  const token = await ctx.db.$transaction((tx) => issueToken(tx, { tenantId: input.tenantId, userId: user.id, purpose: "reset_password", now }));
  await deliver(ctx, {
    to: user.email,
    template: "reset-password",
    locale: user.locale,
    data: { url: link(ctx, authPaths.resetPassword, token), name: user.name ?? "" },
  });
  return accepted();
}

/**
 * Sets a new password from a reset link. The policy is checked before the token is touched, so a
 * rejected password does not burn the link. Signs out everywhere (sessionVersion bump) and lifts a
 * lockout: the owner just proved control of the mailbox.
 */
export async function resetPassword(ctx: AccountsContext, input: { tenantId: string; token: string; newPassword: string }) {
  assertPasswordPolicy(input.newPassword, "newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  const now = clock(ctx);
  return ctx.db.$transaction(async (tx) => {
    const user = await consumeAndVerify(tx, { tenantId: input.tenantId, purpose: "reset_password", token: input.token, now });
    if (!user) throw invalidToken();
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, sessionVersion: { increment: 1 }, failedLoginCount: 0, lockedUntil: null },
    });
    await afterPasswordChange(tx, input.tenantId, user.id, "reset");
    return { userId: user.id, sessionVersion: updated.sessionVersion };
  });
}

/**
 * Changes the password of a signed-in user after re-checking the current one. Every session ends;
 * the caller re-issues its own session with the returned sessionVersion so this device stays in.
 */
export async function changePassword(ctx: AccountsContext, input: { tenantId: string; userId: string; currentPassword: string; newPassword: string }) {
  const user = await activeUser(ctx, input.tenantId, input.userId);
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new DomainError("INVALID_PASSWORD", "currentPassword is incorrect");
  }
  assertPasswordPolicy(input.newPassword, "newPassword");
  if (await verifyPassword(user.passwordHash, input.newPassword)) {
    throw new DomainError("PASSWORD_UNCHANGED", "newPassword must differ from the current password");
  }
  const passwordHash = await hashPassword(input.newPassword);
  return ctx.db.$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    // Outstanding reset links were asked for under the old password; they must not undo this change.
    await tx.authToken.updateMany({
      where: { userId: user.id, purpose: "reset_password", usedAt: null },
      data: { usedAt: clock(ctx) },
    });
    await afterPasswordChange(tx, input.tenantId, user.id, "change");
    return { sessionVersion: updated.sessionVersion };
  });
}

/** Invalidates every session token of the user (they carry the old sessionVersion). */
export async function signOutEverywhere(ctx: AccountsContext, input: { tenantId: string; userId: string; actorId?: string }) {
  const user = await activeUser(ctx, input.tenantId, input.userId);
  return ctx.db.$transaction(async (tx) => {
    const updated = await tx.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit(tx, {
      tenantId: input.tenantId,
      actorId: input.actorId ?? user.id,
      action: "user.signed_out_everywhere",
      targetType: "user",
      targetId: user.id,
    });
    return { sessionVersion: updated.sessionVersion };
  });
}

async function afterPasswordChange(tx: Tx, tenantId: string, userId: string, via: "change" | "reset") {
  await emit(tx, coreEvents.userPasswordChanged, { userId, via }, { tenantId });
  await recordAudit(tx, {
    tenantId,
    actorId: userId,
    action: "user.password_changed",
    targetType: "user",
    targetId: userId,
    data: { via },
  });
}
