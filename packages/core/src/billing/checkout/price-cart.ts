import { z } from "zod";
import type { DbOrTx } from "@tillbox/db";
import { DomainError } from "../../errors";
import type { BillingContext } from "../context";
import { prorationHandler } from "../subscriptions";
import { taxHandler } from "../tax";
import { cartMetadataSchema } from "./cart-metadata";
import { assertCartSellable } from "./cart-rules";
import { assertCartFulfillable } from "./fulfilment-limits";
import type { Cart, CheckoutState, DraftLine, LineItemHandler } from "./line-items";
import { loadCheckoutState } from "./load-checkout-state";
import { priceHandler } from "./price-handler";
import { computeTotals, runHandlers } from "./run-handlers";
import type { CheckoutPreview, PreviewLine } from "./checkout-output";

export type { CheckoutPreview, PreviewLine } from "./checkout-output";

const quantity = z.number().int().min(1).max(10_000).optional();
export const cartItemSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("plan"), planId: z.string().uuid(), quantity }),
  z.object({ kind: z.literal("add_on"), addOnId: z.string().uuid(), quantity, subscriptionId: z.string().uuid().optional() }),
  z.object({ kind: z.literal("token_bundle"), bundleId: z.string().uuid(), quantity }),
]);

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

export function parseCart(ctx: BillingContext, userId: string, input: CartInput): Cart {
  const parsed = cartInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DomainError("CART_INVALID", `${issue.message} (field: ${issue.path.join(".")})`);
  }
  return { tenantId: ctx.tenantId, userId, ...parsed.data };
}

/** Loads the snapshot and runs core + plugin handlers in order. Reads only; writes nothing. */
export async function priceCart(ctx: BillingContext, cart: Cart, handlers: readonly LineItemHandler[] = [], db: DbOrTx = ctx.db): Promise<CheckoutState> {
  const state = await loadCheckoutState(ctx, cart, db);
  await assertCartSellable(db, state);
  await assertCartFulfillable(db, state);
  return runHandlers(state, [...coreLineItemHandlers(), ...handlers]);
}

export function previewLine(line: DraftLine): PreviewLine {
  return {
    kind: line.kind, source: line.source, description: line.description, quantity: line.quantity, unitAmount: line.unitAmount, amount: line.amount,
    taxAmount: line.tax?.amount ?? 0,
    taxRate: line.tax ? { name: line.tax.rate.name, millipercent: line.tax.rate.millipercent, inclusive: line.tax.rate.inclusive } : null,
    periodStart: line.periodStart?.toISOString() ?? null, periodEnd: line.periodEnd?.toISOString() ?? null,
  };
}

/** What the customer would pay, line by line, without writing anything. */
export async function previewCheckout(ctx: BillingContext, userId: string, input: CartInput, handlers: readonly LineItemHandler[] = []): Promise<CheckoutPreview> {
  const state = await priceCart(ctx, parseCart(ctx, userId, input), handlers);
  return { currency: state.cart.currency, reverseCharge: state.reverseCharge, notes: state.notes, lines: state.lines.map(previewLine), ...computeTotals(state.lines) };
}
