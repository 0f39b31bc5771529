import type { DbOrTx } from "@tillbox/db";
import type { CheckoutState, LineItemHandler } from "../checkout/line-items";
import { previewLine } from "../checkout/price-cart";
import { priceSubscriptionCart } from "./price-subscription-cart";
import { computeTotals } from "../checkout/run-handlers";
import type { BillingContext } from "../context";
import { changeGrantPreview, restartsPeriod } from "./change-grants";
import { resolveChange, type ChangeRequest, type ResolvedChangePlan } from "./change-resolve";
import { signPayload } from "./signed-metadata";
import type { z } from "zod";
import type { changeModeSchema, SubscriptionChangePreview } from "./subscription-output";

export type { SubscriptionChangePreview } from "./subscription-output";

/**
 * How a change is collected. invoice: the proration lines are invoiced and charged now (change
 * applied when paid); pending: they wait for the next renewal invoice (change applied now);
 * none: no lines (change applied now); scheduled: a downgrade at the period end.
 */
export type ChangeMode = z.infer<typeof changeModeSchema>;

export interface PricedChange {
  plan: ResolvedChangePlan;
  mode: ChangeMode;
  /** The priced cart (with tax), when there are lines. */
  state: CheckoutState | null;
  /** Tokens the change grants when it applies (see change-grants.ts); 0 when scheduled. */
  tokensGranted: number;
}

/**
 * Resolves and prices a change without writing anything. The same request with the same
 * prorationDate always prices the same, which is what makes apply == preview.
 */
export async function priceChange(
  ctx: BillingContext,
  request: ChangeRequest,
  handlers: readonly LineItemHandler[] = [],
  ownerId?: string,
  db: DbOrTx = ctx.db,
): Promise<PricedChange> {
  const plan = await resolveChange(db, ctx.tenantId, ctx.clock.now(), request, ownerId);
  const { change } = plan;
  if (plan.effective === "period_end") return { plan, mode: "scheduled", state: null, tokensGranted: 0 };
  const tokensGranted = await changeGrantPreview(db, plan.subscription, change);
  if (change.trialing || (change.behavior === "none" && !change.newPeriodEnd)) return { plan, mode: "none", state: null, tokensGranted };
  const cart = {
    tenantId: ctx.tenantId,
    userId: plan.subscription.userId,
    currency: change.currency,
    items: [],
    metadata: { subscriptionChange: signPayload(change) },
  };
  const state = await priceSubscriptionCart(ctx, cart, handlers, db);
  if (state.lines.length === 0) return { plan, mode: "none", state: null, tokensGranted };
  const { total } = computeTotals(state.lines);
  // An interval change always invoices its new cycle (Stripe does, whatever the behaviour). A net
  // credit (an immediate downgrade) can't be an invoice: it waits for the next renewal instead.
  const invoiceNow = (change.behavior === "always_invoice" || change.newPeriodEnd !== null) && total >= 0;
  return { plan, mode: invoiceNow ? "invoice" : "pending", state, tokensGranted };
}

export function describeChange(priced: PricedChange): SubscriptionChangePreview {
  const { plan, mode, state, tokensGranted } = priced;
  const { change } = plan;
  const totals = state ? computeTotals(state.lines) : { subtotal: 0, taxTotal: 0, total: 0 };
  const periodRestarts = plan.effective === "now" && restartsPeriod(change);
  return {
    subscriptionId: plan.subscription.id,
    fromPlanId: change.fromPlanId,
    fromPlanName: change.fromPlanName,
    toPlanId: change.toPlanId,
    toPlanName: change.toPlanName,
    direction: plan.direction,
    effective: plan.effective,
    effectiveAt: plan.effective === "now" ? new Date(change.prorationDate) : plan.subscription.currentPeriodEnd,
    periodRestarts,
    newPeriodEnd: periodRestarts ? new Date(change.newPeriodEnd!) : null,
    tokensGranted,
    mode,
    behavior: change.behavior,
    prorationDate: new Date(change.prorationDate),
    currency: change.currency,
    lines: state ? state.lines.map(previewLine) : [],
    ...totals,
    amountDueNow: mode === "invoice" ? totals.total : 0,
    pendingAmount: mode === "pending" ? totals.subtotal : 0,
  };
}

/** The exact lines, amounts, total and the prorationDate used: nothing is written. */
export async function previewSubscriptionChange(
  ctx: BillingContext,
  request: ChangeRequest,
  options: { handlers?: readonly LineItemHandler[]; ownerId?: string } = {},
): Promise<SubscriptionChangePreview> {
  return describeChange(await priceChange(ctx, request, options.handlers, options.ownerId));
}
