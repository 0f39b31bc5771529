import { Prisma } from "@tillbox/db";
import { coreEvents, emit } from "@tillbox/events";
import { recordAudit } from "../../audit/record-audit";
import { DomainError } from "../../errors";
import { activeUser, clock, deliver, type AccountsContext } from "./context";
import { verifyPassword } from "./password";

/** The placeholder address of a deleted account: unique per user, in a reserved TLD that never delivers. */
export function deletedEmail(userId: string): string {
  return `deleted+${userId}@invalid`;
}

/**
 * Deletes an account the way tax law allows. The user row is KEPT, anonymised, because invoices
 * reference it and must stay intact for the legal retention period (e.g. 10 years under German
 * HGB §257 / AO §147); an invoice carries its own snapshot of the customer's name, address and
 * VAT id taken when it was issued, so anonymising the account does not alter issued invoices.
 *
 * In one transaction: email → `deleted+<id>@invalid`; name, company, billing address and VAT id
 * cleared; password removed; status `deleted` + deletedAt; sessionVersion bumped (all sessions end);
 * all emailed tokens deleted; API keys revoked; role assignments removed; `user.deleted` event and
 * audit entry. Country and locale stay (not identifying; kept for tax statistics). The old address
 * receives one last "account deleted" notice after commit and is then forgotten.
 */
export async function deleteAccount(ctx: AccountsContext, input: { tenantId: string; userId: string; password: string }) {
  const user = await activeUser(ctx, input.tenantId, input.userId);
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.password))) {
    throw new DomainError("INVALID_PASSWORD", "password is incorrect");
  }
  const now = clock(ctx);
  await ctx.db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: {
        email: deletedEmail(user.id),
        emailVerifiedAt: null,
        passwordHash: null,
        name: null,
        company: null,
        billingAddress: Prisma.DbNull,
        vatId: null,
        status: "deleted",
        deletedAt: now,
        sessionVersion: { increment: 1 },
        failedLoginCount: 0,
        lockedUntil: null,
      },
    });
    await tx.authToken.deleteMany({ where: { userId: user.id } });
    await tx.apiKey.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: now } });
    await tx.userRole.deleteMany({ where: { userId: user.id } });
    await emit(tx, coreEvents.userDeleted, { userId: user.id }, { tenantId: input.tenantId });
    await recordAudit(tx, {
      tenantId: input.tenantId,
      actorId: user.id,
      action: "user.deleted",
      targetType: "user",
      targetId: user.id,
    });
  });
  await deliver(ctx, { to: user.email, template: "account-deleted", locale: user.locale, data: { name: user.name ?? "" } });
  return { userId: user.id };
}
