import { clientIp } from "@tillbox/rate-limit";
import type { Context } from "@tillbox/trpc";

/**
 * For the audit log: who and from where. While an admin impersonates a user, the entry names the
 * real admin (the person accountable), not the user they act as.
 */
export function originOf(context: Context) {
  const ip = clientIp(context.headers);
  return {
    tenantId: context.tenantId,
    actorId: context.actor.impersonatedBy ?? context.actor.id,
    ip: ip === "unknown" ? null : ip,
    userAgent: context.headers.get("user-agent"),
  };
}
