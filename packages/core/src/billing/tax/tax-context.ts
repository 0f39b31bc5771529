import type { DbOrTx } from "@tillbox/db";
import type { PartySnapshot, TaxRateSnapshot } from "../checkout/line-items";
import { getBillingSettings } from "../settings/billing-settings";

export interface TaxContext {
  seller: PartySnapshot;
  /** Active rates of the tax country: the customer's, or the seller's for a customer without one. */
  taxRates: TaxRateSnapshot[];
}

/** What the pure taxHandler needs, loaded before the pipeline runs (goes into CheckoutState). */
export async function loadTaxContext(db: DbOrTx, tenantId: string, customer: PartySnapshot): Promise<TaxContext> {
  const settings = await getBillingSettings(db, tenantId);
  const seller: PartySnapshot = {
    name: settings.legalName || null,
    company: settings.legalName || null,
    email: settings.email,
    address: settings.address,
    country: settings.country,
    vatId: settings.vatId,
  };
  const country = customer.country ?? settings.country;
  const rows = await db.taxRate.findMany({ where: { tenantId, country, active: true }, orderBy: { createdAt: "asc" } });
  const taxRates = rows.map((row) => ({
    id: row.id,
    name: row.name,
    country: row.country,
    millipercent: row.rateMillipercent,
    inclusive: row.inclusive,
  }));
  return { seller, taxRates };
}
