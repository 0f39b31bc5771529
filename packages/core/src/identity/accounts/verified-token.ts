import type { Tx } from "@tillbox/db";
import { coreEvents, emit } from "@tillbox/events";
import { recordAudit } from "../../audit/record-audit";
import { consumeToken, type TokenPurpose } from "./tokens";

/**
 * Consumes an emailed token and, since following the link proves the user reads that inbox, marks
 * the address verified (once: the event fires only on the first proof). Inactive accounts get null,
 * exactly like a bad token.
 */
export async function consumeAndVerify(tx: Tx, input: { tenantId: string; purpose: TokenPurpose; token: string; now: Date }) {
  const claimed = await consumeToken(tx, input);
  if (!claimed) return null;
  const user = await tx.user.findFirst({ where: { id: claimed.userId, tenantId: input.tenantId, status: "active" } });
  if (!user) return null;
  if (user.emailVerifiedAt) return user;
  const verified = await tx.user.update({ where: { id: user.id }, data: { emailVerifiedAt: input.now } });
  await emit(tx, coreEvents.userEmailVerified, { userId: user.id }, { tenantId: input.tenantId });
  await recordAudit(tx, {
    tenantId: input.tenantId,
    actorId: user.id,
    action: "user.email_verified",
    targetType: "user",
    targetId: user.id,
    data: { via: input.purpose },
  });
  return verified;
}
