import type { DbOrTx } from "@tillbox/db";
import { DomainError } from "../../errors";
import { auditOrigin, holds } from "../../identity/access/permissions";
import type { BillingContext } from "../context";

/** Audit fields of a billing action; system jobs (actor null) are recorded without an actor. */
export function auditFields(ctx: BillingContext) {
  return ctx.actor ? auditOrigin(ctx.actor) : { tenantId: ctx.tenantId, actorId: null, ip: null, userAgent: null };
}

/** Services check the scope too, not only the router: a plugin or job can't skip it by calling core. */
export function requireScope(ctx: BillingContext, scope: string): void {
  if (ctx.actor && !holds(ctx.actor.permissions, scope)) {
    throw new DomainError("SCOPE_NOT_HELD", `Missing permission "${scope}".`, "FORBIDDEN");
  }
}

/**
 * Each named user must belong to the tenant; NOT_FOUND names the field otherwise (another
 * tenant's ids reveal nothing). Keys are the input field names, e.g. { fromUserId, toUserId }.
 */
export async function findWalletUsers(db: DbOrTx, tenantId: string, users: Record<string, string>): Promise<void> {
  const ids = [...new Set(Object.values(users))];
  const found = await db.user.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true } });
  for (const [field, id] of Object.entries(users)) {
    if (!found.some((user) => user.id === id)) throw new DomainError("USER_NOT_FOUND", `No user with id "${id}" (field: ${field}).`, "NOT_FOUND");
  }
}
