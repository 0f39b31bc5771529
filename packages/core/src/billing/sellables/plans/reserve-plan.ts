import type { Tx } from "@tillbox/db";
import { DomainError } from "../../../errors";
import { createPendingSubscription } from "../../subscriptions/create-pending";
import type { Reservation, ReserveInput } from "../sellable";
import type { PlanItem } from "./plan-item";

/** The partial unique index (one live subscription per single category) is the only unique rule a new subscription can break. */
function isSingleCategoryViolation(error: unknown): boolean {
  const text = `${(error as { message?: string })?.message ?? ""} ${JSON.stringify((error as { meta?: unknown })?.meta ?? {})}`;
  if (error instanceof DomainError) return /SINGLE/.test(error.code);
  return (error as { code?: string })?.code === "P2002" || /billing_subscription_single_category_live|23505/.test(text);
}

/**
 * A recurring plan reserves a pending subscription (incomplete, or trialing for a trial) whose id
 * goes on the line and, for the first one, on the invoice; fulfilment activates it. A one-time plan
 * holds nothing. The isSingle partial unique index is the last word under concurrency; its
 * violation is reported on the cart item.
 */
export async function reservePlan(tx: Tx, input: ReserveInput<PlanItem>): Promise<Reservation | void> {
  const { ctx, state, item } = input;
  const plan = state.catalogue.plans[item.planId]!;
  if (plan.interval === "one_time") return;
  const itemIndex = Number(input.line.refs.itemIndex);
  let subscription: Awaited<ReturnType<typeof createPendingSubscription>>;
  try {
    subscription = await createPendingSubscription(tx, {
      tenantId: ctx.tenantId,
      userId: state.cart.userId,
      plan,
      price: plan.price!,
      quantity: item.quantity ?? 1,
      now: state.now,
      collectionMethod: input.options.collectionMethod,
      provider: input.provider,
      awaitingPaymentMethod: input.options.awaitingPaymentMethod,
    });
  } catch (error) {
    if (isSingleCategoryViolation(error)) {
      throw new DomainError(
        "SINGLE_SUBSCRIPTION_CATEGORY",
        `You already have a subscription in this plan's category (field: items[${itemIndex}].planId).`,
        "CONFLICT",
      );
    }
    throw error;
  }
  return {
    refs: { subscriptionId: subscription.id },
    invoice: { subscriptionId: subscription.id, periodStart: subscription.currentPeriodStart, periodEnd: subscription.currentPeriodEnd },
    async attach(attachTx, invoiceId) {
      await attachTx.subscription.updateMany({ where: { tenantId: ctx.tenantId, id: subscription.id }, data: { latestInvoiceId: invoiceId } });
    },
  };
}
