import { Prisma, type Tx } from "@tillbox/db";
import { coreEvents, emit } from "@tillbox/events";
import { DomainError } from "../../errors";
import type { CataloguePrice, CatalogueSnapshot } from "../checkout/line-items";
import { billingPeriod } from "./billing-period";

const DAY_MS = 86_400_000;

export type CataloguePlan = CatalogueSnapshot["plans"][string];

export interface PendingSubscriptionInput {
  tenantId: string;
  userId: string;
  plan: CataloguePlan;
  price: CataloguePrice;
  quantity: number;
  now: Date;
  collectionMethod: "charge_automatically" | "send_invoice";
  provider: string | null;
  /** A trial waiting for the customer to confirm its payment method (a setup): incomplete until confirmed. */
  awaitingPaymentMethod?: boolean;
}

export interface PendingSubscription {
  id: string;
  status: "incomplete" | "trialing";
  currentPeriodStart: Date;
  currentPeriodEnd: Date;
  trialEnd: Date | null;
}

/**
 * The subscription a checkout creates with its invoice. Without a trial it is incomplete until
 * that invoice is paid (activatePaidInvoice), and expires after 23 h unpaid, as in Stripe. With a
 * trial it is trialing at once (or incomplete while its payment method setup waits for the
 * customer; confirming it makes it trialing, see activatePaidInvoice); the billing cycle is anchored at the trial end, where the first
 * paid period starts. The price is copied: later catalogue edits don't touch it.
 */
export async function createPendingSubscription(tx: Tx, input: PendingSubscriptionInput): Promise<PendingSubscription> {
  const { plan, price, now } = input;
  if (plan.interval === "one_time") throw new DomainError("NOT_RECURRING", "A one-time plan is bought, not subscribed to (field: planId).");
  if (!Number.isInteger(input.quantity) || input.quantity < 1)
    throw new DomainError("INVALID_QUANTITY", "quantity must be a positive integer (field: quantity).");
  const trialing = plan.trialDays > 0;
  const status = trialing && !input.awaitingPaymentMethod ? "trialing" : "incomplete";
  const trialEnd = trialing ? new Date(now.getTime() + plan.trialDays * DAY_MS) : null;
  const period = trialEnd ? { start: now, end: trialEnd } : billingPeriod(now, plan.interval, plan.intervalCount, 0);
  try {
    const row = await tx.subscription.create({
      data: {
        tenantId: input.tenantId,
        userId: input.userId,
        planId: plan.id,
        singleCategoryId: plan.singleCategoryId,
        status,
        currency: price.currency,
        unitAmount: price.unitAmount,
        quantity: input.quantity,
        collectionMethod: input.collectionMethod,
        provider: input.provider,
        currentPeriodStart: period.start,
        currentPeriodEnd: period.end,
        billingCycleAnchor: trialEnd ?? now,
        // -1: the trial comes before period 0 of the anchor.
        periodIndex: trialing ? -1 : 0,
        trialStart: trialing ? now : null,
        trialEnd,
        createdAt: now,
        updatedAt: now,
      },
    });
    await emit(
      tx,
      coreEvents.subscriptionCreated,
      { subscriptionId: row.id, userId: row.userId, planId: row.planId, status: row.status },
      { tenantId: input.tenantId },
    );
    return { id: row.id, status, currentPeriodStart: period.start, currentPeriodEnd: period.end, trialEnd };
  } catch (error) {
    // The partial unique index of isSingle categories: one live subscription per user and category.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new DomainError(
        "SINGLE_SUBSCRIPTION_CATEGORY",
        "You already have a subscription in this plan's category; change it instead (field: planId).",
        "CONFLICT",
      );
    }
    throw error;
  }
}
