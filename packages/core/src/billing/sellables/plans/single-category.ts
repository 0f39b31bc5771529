import type { DbOrTx } from "@tillbox/db";
import { DomainError } from "../../../errors";
import type { CheckoutState } from "../../checkout/line-items";

/** Subscription statuses that occupy a single-subscription category (as the partial unique index). */
export const LIVE_SUBSCRIPTION_STATUSES = ["incomplete", "trialing", "active", "past_due", "paused", "unpaid"] as const;

/**
 * The catalogue loader already refused unknown, archived and unpriced items, restricted add-ons
 * and two plans of one isSingle category in the cart. What's left needs the customer's
 * subscriptions: a plan of an isSingle category the customer already holds a live subscription in
 * is refused (change that subscription instead). The partial unique index enforces it under
 * concurrency; this check gives the friendly error first.
 */
export async function assertSingleCategoriesFree(db: DbOrTx, state: CheckoutState): Promise<void> {
  const { cart, catalogue } = state;
  const singleCategories = new Set(Object.values(catalogue.plans).flatMap((plan) => (plan.singleCategoryId ? [plan.singleCategoryId] : [])));
  if (singleCategories.size === 0) return;
  const live = await db.subscription.findMany({
    where: { tenantId: cart.tenantId, userId: cart.userId, status: { in: [...LIVE_SUBSCRIPTION_STATUSES] }, singleCategoryId: { in: [...singleCategories] } },
    select: { singleCategoryId: true },
  });
  const taken = new Set(live.map((row) => row.singleCategoryId));
  for (const [index, item] of cart.items.entries()) {
    if (item.kind !== "plan") continue;
    const category = catalogue.plans[item.planId]?.singleCategoryId;
    if (category && taken.has(category)) {
      throw new DomainError(
        "SINGLE_SUBSCRIPTION_CATEGORY",
        `You already have a subscription in this plan's category; change it instead (field: items[${index}].planId).`,
        "CONFLICT",
      );
    }
  }
}
