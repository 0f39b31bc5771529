import type { DbOrTx } from "@tillbox/db";
import { DomainError } from "../../errors";
import type { PartySnapshot } from "../checkout/line-items";
import { getBillingSettings } from "../settings";

function addressOf(value: unknown): Record<string, string> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([, v]) => typeof v === "string")) as Record<string, string>;
}

/** The buyer as printed on the invoice: read from the User row when the invoice is finalised. */
export async function customerSnapshot(db: DbOrTx, tenantId: string, userId: string): Promise<PartySnapshot> {
  const user = await db.user.findFirst({ where: { id: userId, tenantId } });
  if (!user || user.status === "deleted") throw new DomainError("CUSTOMER_NOT_FOUND", "No such customer (field: userId).", "NOT_FOUND");
  const address = addressOf(user.billingAddress);
  return {
    name: user.name,
    company: user.company,
    email: user.email,
    address,
    country: user.country ?? address.country ?? null,
    vatId: user.vatId,
  };
}

/** The seller as printed on the invoice (company details from BillingSettings). */
export async function sellerSnapshot(db: DbOrTx, tenantId: string): Promise<PartySnapshot> {
  const settings = await getBillingSettings(db, tenantId);
  return {
    name: settings.legalName || null,
    company: settings.legalName || null,
    email: settings.email,
    address: addressOf(settings.address),
    country: settings.country,
    vatId: settings.vatId,
  };
}
