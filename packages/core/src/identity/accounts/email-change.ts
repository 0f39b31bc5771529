import { Prisma } from "@tillbox/db";
import { coreEvents, emit } from "@tillbox/events";
import { recordAudit } from "../../audit/record-audit";
import { DomainError } from "../../errors";
import { activeUser, authPaths, clock, deliver, invalidToken, link, normaliseEmail, type AccountsContext } from "./context";
import { verifyPassword } from "./password";
import { accepted, type Accepted } from "./sign-up";
import { consumeToken, issueToken } from "./tokens";

/**
 * Starts an email change: re-checks the password, then mails a confirm link (24 h) to the NEW
 * address; nothing changes until it is followed. A new address that already has an account gets an
 * "account exists" notice instead and the same answer, so this cannot probe for accounts either.
 */
export async function requestEmailChange(
  ctx: AccountsContext,
  input: { tenantId: string; userId: string; newEmail: string; currentPassword: string },
): Promise<Accepted> {
  const newEmail = normaliseEmail(input.newEmail, "newEmail");
  const user = await activeUser(ctx, input.tenantId, input.userId);
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new DomainError("INVALID_PASSWORD", "currentPassword is incorrect");
  }
  if (newEmail === user.email) throw new DomainError("EMAIL_UNCHANGED", "newEmail is already this account's address");

  const taken = await ctx.db.user.findUnique({ where: { tenantId_email: { tenantId: input.tenantId, email: newEmail } } });
  if (taken) {
    await deliver(ctx, {
      to: newEmail,
      template: "account-exists",
      locale: taken.locale,
      data: { url: link(ctx, authPaths.signIn), resetUrl: link(ctx, authPaths.forgotPassword), name: taken.name ?? "" },
    });
    return accepted();
  }
  const now = clock(ctx);
  const token = await ctx.db.$transaction(async (tx) => {
    const issued = await issueToken(tx, { tenantId: input.tenantId, userId: user.id, purpose: "change_email", newEmail, now });
    await recordAudit(tx, {
      tenantId: input.tenantId,
      actorId: user.id,
      action: "user.email_change_requested",
      targetType: "user",
      targetId: user.id,
    });
    return issued;
  });
  await deliver(ctx, {
    to: newEmail,
    template: "change-email",
    locale: user.locale,
    data: { url: link(ctx, authPaths.confirmEmailChange, token), name: user.name ?? "" },
  });
  return accepted();
}

/** Switches to the proven address and tells the old one, so a hijacked session cannot do it silently. */
export async function confirmEmailChange(ctx: AccountsContext, input: { tenantId: string; token: string }) {
  const now = clock(ctx);
  let previous: { email: string; locale: string; name: string | null };
  let userId: string;
  try {
    ({ previous, userId } = await ctx.db.$transaction(async (tx) => {
      const claimed = await consumeToken(tx, { tenantId: input.tenantId, purpose: "change_email", token: input.token, now });
      if (!claimed?.newEmail) throw invalidToken();
      const user = await tx.user.findFirst({ where: { id: claimed.userId, tenantId: input.tenantId, status: "active" } });
      if (!user) throw invalidToken();
      await tx.user.update({ where: { id: user.id }, data: { email: claimed.newEmail, emailVerifiedAt: now } });
      await emit(tx, coreEvents.userEmailChanged, { userId: user.id }, { tenantId: input.tenantId });
      await recordAudit(tx, {
        tenantId: input.tenantId,
        actorId: user.id,
        action: "user.email_changed",
        targetType: "user",
        targetId: user.id,
      });
      return { previous: { email: user.email, locale: user.locale, name: user.name }, userId: user.id };
    }));
  } catch (error) {
    // Someone registered the address between request and confirm; the link stays unused.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new DomainError("EMAIL_TAKEN", "newEmail belongs to another account now", "CONFLICT");
    }
    throw error;
  }
  await deliver(ctx, {
    to: previous.email,
    template: "email-changed",
    locale: previous.locale,
    data: { name: previous.name ?? "" },
  });
  return { userId };
}
