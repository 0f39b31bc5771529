import type { DbOrTx } from "@tillbox/db";
import { loadCatalogueSnapshot } from "../catalogue";
import type { BillingContext } from "../context";
import { customerSnapshot } from "../invoices/party-snapshots";
import { loadTaxContext } from "../tax";
import type { Cart, CheckoutState } from "./line-items";

/** Everything the pure handlers need, read once: catalogue rows (validated), the customer, the seller, tax rates. */
export async function loadCheckoutState(ctx: BillingContext, cart: Cart, db: DbOrTx = ctx.db): Promise<CheckoutState> {
  const customer = await customerSnapshot(db, ctx.tenantId, cart.userId);
  const [catalogue, tax] = await Promise.all([loadCatalogueSnapshot(db, ctx.tenantId, cart), loadTaxContext(db, ctx.tenantId, customer)]);
  return { cart, now: ctx.clock.now(), catalogue, customer, seller: tax.seller, taxRates: tax.taxRates, lines: [], reverseCharge: false, notes: [] };
}
