import { activatePaidInvoice } from "../../subscriptions/activate";
import { defineSellable } from "../sellable";
import { planItemSchema } from "./plan-item";
import { pricePlan } from "./price-plan";
import { reservePlan } from "./reserve-plan";
import { assertSingleCategoriesFree } from "./single-category";

/**
 * Billing's plans. Paying a plan's line activates the subscription it names (or the invoice's own:
 * renewals and plan changes), grants the period's tokens and applies a paid plan change;
 * activatePaidInvoice is idempotent per invoice, so several lines of one subscription are safe.
 * A refund leaves the subscription running (cancelling is its own decision), and a failed payment
 * leaves it incomplete for the subscription lifecycle to expire, so nothing is released.
 */
export const planSellable = defineSellable({
  kind: "plan",
  plugin: null,
  item: planItemSchema,
  lineKinds: ["proration"],
  check: assertSingleCategoriesFree,
  tokensCredited: (state, item) => state.catalogue.plans[item.planId]?.tokenGrant ?? 0,
  startsTrial(state, item) {
    const plan = state.catalogue.plans[item.planId];
    return Boolean(plan && plan.interval !== "one_time" && plan.trialDays > 0);
  },
  price: pricePlan,
  reserve: reservePlan,
  async fulfil(tx, { invoice, line, now }) {
    const named = line.refs.subscriptionId;
    const subscriptionId = typeof named === "string" ? named : invoice.subscriptionId;
    if (!subscriptionId) return;
    await activatePaidInvoice(
      tx,
      { id: invoice.id, tenantId: invoice.tenantId, userId: invoice.userId, subscriptionId, billingReason: invoice.billingReason },
      now,
    );
  },
});
