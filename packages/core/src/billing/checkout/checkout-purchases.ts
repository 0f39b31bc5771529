import type { Tx } from "@tillbox/db";
import { DomainError } from "../../errors";
import type { BillingContext } from "../context";
import { createPendingSubscription } from "../subscriptions";
import type { CheckoutState, DraftLine } from "./line-items";

type PendingSubscription = Awaited<ReturnType<typeof createPendingSubscription>>;

/** The partial unique index (one live subscription per single category) is the only unique rule a new subscription can break. */
function isSingleCategoryViolation(error: unknown): boolean {
  const text = `${(error as { message?: string })?.message ?? ""} ${JSON.stringify((error as { meta?: unknown })?.meta ?? {})}`;
  if (error instanceof DomainError) return /SINGLE/.test(error.code);
  return (error as { code?: string })?.code === "P2002" || /billing_subscription_single_category_live|23505/.test(text);
}

/**
 * Inside checkout's transaction: a pending subscription per recurring plan line (C decides
 * incomplete vs trialing), their ids written into the lines' refs (fulfilment activates them), and,
 * once the invoice exists, a pending AddOnPurchase per add-on line. The isSingle partial unique
 * index is the last word under concurrency; its violation is reported on the cart item.
 */
export interface PurchaseOptions {
  /** How the new subscriptions pay later (send_invoice: a trial through a provider that can't save a method). */
  collectionMethod: "charge_automatically" | "send_invoice";
  /** A trial whose payment method the customer still has to confirm: incomplete until then. */
  awaitingPaymentMethod: boolean;
}

export async function createCheckoutPurchases(
  tx: Tx, ctx: BillingContext, state: CheckoutState, provider: string | null,
  options: PurchaseOptions = { collectionMethod: "charge_automatically", awaitingPaymentMethod: false },
) {
  const subscriptions: PendingSubscription[] = [];
  const lines: DraftLine[] = [];
  for (const line of state.lines) {
    const itemIndex = Number(line.refs.itemIndex);
    const item = state.cart.items[itemIndex];
    if (line.source !== "core.price" || line.kind !== "plan" || item?.kind !== "plan") {
      lines.push(line);
      continue;
    }
    const plan = state.catalogue.plans[item.planId]!;
    if (plan.interval === "one_time") {
      lines.push(line);
      continue;
    }
    let subscription: PendingSubscription;
    try {
      subscription = await createPendingSubscription(tx, {
        tenantId: ctx.tenantId, userId: state.cart.userId, plan, price: plan.price!, quantity: item.quantity ?? 1, now: state.now,
        collectionMethod: options.collectionMethod, provider, awaitingPaymentMethod: options.awaitingPaymentMethod,
      });
    } catch (error) {
      if (isSingleCategoryViolation(error)) {
        throw new DomainError("SINGLE_SUBSCRIPTION_CATEGORY", `You already have a subscription in this plan's category (field: items[${itemIndex}].planId).`, "CONFLICT");
      }
      throw error;
    }
    subscriptions.push(subscription);
    lines.push({ ...line, refs: { ...line.refs, subscriptionId: subscription.id } });
  }
  const firstSubscription = subscriptions[0]?.id ?? null;
  const withAddOnTargets = lines.map((line) =>
    line.kind === "add_on" && line.source === "core.price" && !line.refs.subscriptionId && line.refs.recurring
      ? { ...line, refs: { ...line.refs, subscriptionId: firstSubscription } }
      : line,
  );

  return {
    state: { ...state, lines: withAddOnTargets } as CheckoutState,
    subscriptions,
    async attachInvoice(invoiceId: string) {
      const addOnLines = withAddOnTargets.filter((line) => line.kind === "add_on" && line.source === "core.price");
      if (addOnLines.length > 0) {
        await tx.addOnPurchase.createMany({
          data: addOnLines.map((line) => ({
            tenantId: ctx.tenantId, userId: state.cart.userId, addOnId: String(line.refs.addOnId), subscriptionId: (line.refs.subscriptionId as string | null) ?? null,
            status: "pending", currency: state.cart.currency, unitAmount: line.unitAmount, quantity: line.quantity, invoiceId,
          })),
        });
      }
      if (subscriptions.length > 0) {
        await tx.subscription.updateMany({ where: { tenantId: ctx.tenantId, id: { in: subscriptions.map((sub) => sub.id) } }, data: { latestInvoiceId: invoiceId } });
      }
    },
  };
}
