import { z } from "zod";
import type { DbOrTx } from "@tillbox/db";
import { DomainError } from "../../errors";
import type { BillingContext } from "../context";
import { cartItemSchema } from "../sellables/cart-item";
import { sellableRegistry } from "../sellables/registry";
import { prorationHandler } from "../subscriptions/proration-handler";
import { taxHandler } from "../tax";
import { cartMetadataSchema } from "./cart-metadata";
import { assertCartFulfillable } from "./fulfilment-limits";
import type { Cart, CheckoutState, DraftLine, LineItemHandler } from "./line-items";
import { loadCheckoutState } from "./load-checkout-state";
import { priceHandler } from "./price-handler";
import { computeTotals, runHandlers } from "./run-handlers";
import type { CheckoutPreview, PreviewLine } from "./checkout-output";

export type { CheckoutPreview, PreviewLine } from "./checkout-output";

/** The customer-supplied part of a cart (tenant and user come from the request). */
export const cartInputSchema = z.object({
  currency: z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code like EUR"),
  items: z.array(cartItemSchema).min(1).max(50),
  codes: z.array(z.string().trim().min(1).max(64)).max(10).optional(),
  metadata: cartMetadataSchema.optional(),
});
export type CartInput = z.infer<typeof cartInputSchema>;

/** Core's handlers: price (100), proration (200), tax (900). Plugins' handlers run between them. */
export function coreLineItemHandlers(): LineItemHandler[] {
  return [priceHandler, prorationHandler, taxHandler];
}

export { cartItemSchema };

/**
 * The cart, each item checked by its sellable's schema. A plugin's item is refused, naming it,
 * unless that plugin is among `enabledPlugins` (its sellable stays registered for lines already sold).
 */
export function parseCart(ctx: BillingContext, userId: string, input: CartInput, enabledPlugins: readonly string[] = []): Cart {
  const parsed = cartInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DomainError("CART_INVALID", `${issue.message} (field: ${issue.path.join(".")})`);
  }
  for (const [index, item] of parsed.data.items.entries()) {
    const plugin = sellableRegistry.get(item.kind)?.plugin;
    if (plugin && !enabledPlugins.includes(plugin)) {
      throw new DomainError(
        "SELLABLE_UNAVAILABLE",
        `"${item.kind}" is sold by the plugin "${plugin}", which is not enabled (field: items[${index}].kind).`,
        "PRECONDITION_FAILED",
      );
    }
  }
  return { tenantId: ctx.tenantId, userId, ...parsed.data };
}

/** Loads the snapshot and runs core + plugin handlers in order. Reads only; writes nothing. */
export async function priceCart(ctx: BillingContext, cart: Cart, handlers: readonly LineItemHandler[] = [], db: DbOrTx = ctx.db): Promise<CheckoutState> {
  const state = await loadCheckoutState(ctx, cart, db);
  for (const sellable of sellableRegistry.all()) {
    if (sellable.check && cart.items.some((item) => item.kind === sellable.kind)) await sellable.check(db, state);
  }
  await assertCartFulfillable(db, state);
  return runHandlers(state, [...coreLineItemHandlers(), ...handlers]);
}

export function previewLine(line: DraftLine): PreviewLine {
  return {
    kind: line.kind,
    source: line.source,
    description: line.description,
    quantity: line.quantity,
    unitAmount: line.unitAmount,
    amount: line.amount,
    taxAmount: line.tax?.amount ?? 0,
    taxRate: line.tax ? { name: line.tax.rate.name, millipercent: line.tax.rate.millipercent, inclusive: line.tax.rate.inclusive } : null,
    periodStart: line.periodStart?.toISOString() ?? null,
    periodEnd: line.periodEnd?.toISOString() ?? null,
  };
}

/** What the customer would pay, line by line, without writing anything. */
export async function previewCheckout(
  ctx: BillingContext,
  userId: string,
  input: CartInput,
  handlers: readonly LineItemHandler[] = [],
  enabledPlugins: readonly string[] = [],
): Promise<CheckoutPreview> {
  const state = await priceCart(ctx, parseCart(ctx, userId, input, enabledPlugins), handlers);
  return {
    currency: state.cart.currency,
    reverseCharge: state.reverseCharge,
    notes: state.notes,
    lines: state.lines.map(previewLine),
    ...computeTotals(state.lines),
  };
}
