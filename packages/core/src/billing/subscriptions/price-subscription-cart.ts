import type { DbOrTx } from "@tillbox/db";
import type { Cart, CheckoutState, LineItemHandler } from "../checkout/line-items";
import { coreLineItemHandlers } from "../checkout/price-cart";
import { runHandlers } from "../checkout/run-handlers";
import type { BillingContext } from "../context";
import { customerSnapshot } from "../invoices/party-snapshots";
import { assertCurrencyEnabled } from "../money/validate";
import { loadTaxContext } from "../tax";

/**
 * Prices a cart without catalogue items — a plan change's proration or a renewal, whose lines
 * come from signed metadata — through the same ordered handlers as checkout (core price,
 * proration, tax, plus plugins'). The catalogue loader refuses empty carts (right for customers),
 * so the state is assembled here from the same building blocks.
 */
export async function priceSubscriptionCart(
  ctx: BillingContext,
  cart: Cart,
  handlers: readonly LineItemHandler[] = [],
  db: DbOrTx = ctx.db,
): Promise<CheckoutState> {
  const currencyExponent = await assertCurrencyEnabled(db, ctx.tenantId, cart.currency, "currency");
  const customer = await customerSnapshot(db, ctx.tenantId, cart.userId);
  const tax = await loadTaxContext(db, ctx.tenantId, customer);
  const state: CheckoutState = {
    cart,
    now: ctx.clock.now(),
    catalogue: { plans: {}, addOns: {}, bundles: {}, currencyExponent },
    customer,
    seller: tax.seller,
    taxRates: tax.taxRates,
    lines: [],
    reverseCharge: false,
    notes: [],
  };
  return runHandlers(state, [...coreLineItemHandlers(), ...handlers]);
}
