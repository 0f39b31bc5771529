import type { DbOrTx } from "@tillbox/db";
import { loadCatalogueSnapshot } from "../catalogue";
import type { BillingContext } from "../context";
import { customerSnapshot } from "../invoices/party-snapshots";
import { sellableRegistry } from "../sellables/registry";
import { loadTaxContext } from "../tax";
import type { Cart, CheckoutState } from "./line-items";

/** Everything the pure handlers need, read once: catalogue rows (validated), the customer, the seller, tax rates. */
export async function loadCheckoutState(ctx: BillingContext, cart: Cart, db: DbOrTx = ctx.db): Promise<CheckoutState> {
  const customer = await customerSnapshot(db, ctx.tenantId, cart.userId);
  const [catalogue, tax] = await Promise.all([loadCatalogueSnapshot(db, ctx.tenantId, cart), loadTaxContext(db, ctx.tenantId, customer)]);
  // Billing's own kinds share the catalogue loader above (an add-on's rules need the cart's plans); other sellables load their rows here.
  for (const sellable of sellableRegistry.all()) {
    if (!sellable.load) continue;
    const items = cart.items.flatMap((item, index) => (item.kind === sellable.kind ? [{ item, index }] : []));
    if (items.length > 0) catalogue.sellables = { ...catalogue.sellables, [sellable.kind]: await sellable.load(db, { ctx, cart, items }) };
  }
  return { cart, now: ctx.clock.now(), catalogue, customer, seller: tax.seller, taxRates: tax.taxRates, lines: [], reverseCharge: false, notes: [] };
}
