import type { DbOrTx } from "@tillbox/db";
import { DomainError } from "../../errors";
import { isUuid } from "../../identity/access/uuid";

export type PriceOwner = { planId: string } | { addOnId: string } | { bundleId: string };

const notFound = (what: string, id: string, field: string) =>
  new DomainError(`${what.toUpperCase().replace(/ /g, "_")}_NOT_FOUND`, `No ${what} with id "${id}" (field: ${field}).`, "NOT_FOUND");

export async function findPlan(db: DbOrTx, tenantId: string, id: string, field = "id") {
  const row = isUuid(id) ? await db.plan.findFirst({ where: { id, tenantId } }) : null;
  if (!row) throw notFound("plan", id, field);
  return row;
}

export async function findAddOn(db: DbOrTx, tenantId: string, id: string, field = "id") {
  const row = isUuid(id) ? await db.addOn.findFirst({ where: { id, tenantId } }) : null;
  if (!row) throw notFound("add on", id, field);
  return row;
}

export async function findBundle(db: DbOrTx, tenantId: string, id: string, field = "id") {
  const row = isUuid(id) ? await db.tokenBundle.findFirst({ where: { id, tenantId } }) : null;
  if (!row) throw notFound("token bundle", id, field);
  return row;
}

/** The row a price belongs to, for audit entries: { type, id }. */
export async function findOwner(db: DbOrTx, tenantId: string, owner: PriceOwner): Promise<{ type: string; id: string }> {
  if ("planId" in owner) return { type: "plan", id: (await findPlan(db, tenantId, owner.planId, "owner.planId")).id };
  if ("addOnId" in owner) return { type: "add_on", id: (await findAddOn(db, tenantId, owner.addOnId, "owner.addOnId")).id };
  return { type: "token_bundle", id: (await findBundle(db, tenantId, owner.bundleId, "owner.bundleId")).id };
}
