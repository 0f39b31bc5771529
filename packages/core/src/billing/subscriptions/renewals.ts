import type { Prisma, Tx } from "@tillbox/db";
import type { BillingContext } from "../context";
import { priceSubscriptionCart } from "./price-subscription-cart";
import { createInvoiceFromState } from "../invoices/create-invoice";
import { fulfilInvoice } from "../payments/fulfil-invoice";
import { billingPeriod, type RecurringInterval } from "./billing-period";
import { subscriptionCycleHandler, type ResolvedCycle } from "./cycle-handler";
import type { JobContext, SubscriptionDeps } from "./deps";
import { collectRenewal, type Collection } from "./collect";
import { pendingItemsFor } from "./pending-items";
import { signPayload } from "./signed-metadata";
import { transition, type SubscriptionRow } from "./transition";
import { claimNext, type JobRunSummary } from "./job-claim";

/** How long a charge may take before dunning treats an unrecorded outcome as a failure to retry. */
export const CHARGE_LEASE_MS = 60 * 60_000;

/**
 * Renews every subscription whose period ended, one row per transaction (FOR UPDATE SKIP LOCKED,
 * so several workers share the work): cancel_at_period_end ends it; otherwise a scheduled change
 * is applied, the next period (trial end → period 0) starts, its invoice (subscription_cycle,
 * with pending proration items) is created, and after the commit the saved method is charged off
 * session, or the invoice is emailed for manual payment. A subscription far behind is renewed
 * period by period. past_due and unpaid ones wait for dunning; paused ones don't renew.
 */
export async function runDueRenewals(job: JobContext, deps: SubscriptionDeps, options: { limit?: number } = {}): Promise<JobRunSummary> {
  const summary: JobRunSummary = { processed: 0, failed: [] };
  const skip: string[] = [];
  for (let i = 0; i < (options.limit ?? 500); i += 1) {
    const now = job.clock.now();
    let collection: Collection | null = null;
    let claimedId: string | null = null;
    try {
      const done = await job.db.$transaction(
        async (tx) => {
          const subscription = await claimNext(tx, "renewal", now, skip);
          if (!subscription) return false;
          claimedId = subscription.id;
          const ctx: BillingContext = { db: job.db, tenantId: subscription.tenantId, clock: job.clock, actor: null };
          collection = await renewOne(tx, ctx, subscription, deps);
          return true;
        },
        { timeout: 30_000 },
      );
      if (!done) break;
    } catch (error) {
      if (!claimedId) throw error;
      skip.push(claimedId);
      summary.failed.push(claimedId);
      console.error(`[billing] renewing subscription ${claimedId} failed:`, error instanceof Error ? error.message : error);
      continue;
    }
    summary.processed += 1;
    if (collection) await collectRenewal(job, deps, collection);
  }
  return summary;
}

async function renewOne(tx: Tx, ctx: BillingContext, subscription: SubscriptionRow, deps: SubscriptionDeps): Promise<Collection | null> {
  const tctx = { tenantId: ctx.tenantId, now: ctx.clock.now(), actor: null };
  if (subscription.cancelAtPeriodEnd) {
    await tx.pendingInvoiceItem.deleteMany({ where: { tenantId: ctx.tenantId, subscriptionId: subscription.id, invoiceId: null } });
    await transition(tx, tctx, {
      subscription,
      to: "canceled",
      patch: { endedAt: subscription.currentPeriodEnd, cancelAtPeriodEnd: false, nextRetryAt: null },
      reason: "canceled_at_period_end",
    });
    return null;
  }
  const { plan, patch } = await nextPlan(tx, subscription);
  const anchor = (patch.billingCycleAnchor as Date | undefined) ?? subscription.billingCycleAnchor;
  const index = patch.billingCycleAnchor ? 0 : subscription.periodIndex + 1;
  const period = billingPeriod(anchor, plan.interval as RecurringInterval, plan.intervalCount, index);
  const unitAmount = (patch.unitAmount as number | undefined) ?? subscription.unitAmount;
  const items = await pendingItemsFor(tx, subscription, unitAmount * subscription.quantity);
  const cycle: ResolvedCycle = {
    subscriptionId: subscription.id,
    planId: plan.id,
    planName: plan.name,
    currency: subscription.currency,
    quantity: subscription.quantity,
    unitAmount,
    periodStart: period.start.toISOString(),
    periodEnd: period.end.toISOString(),
    items,
  };
  const cart = {
    tenantId: ctx.tenantId,
    userId: subscription.userId,
    currency: subscription.currency,
    items: [],
    metadata: { subscriptionCycle: signPayload(cycle) },
  };
  const state = await priceSubscriptionCart(ctx, cart, [subscriptionCycleHandler, ...(deps.handlers ?? [])], tx);
  const invoice = await createInvoiceFromState(tx, ctx, state, {
    billingReason: "subscription_cycle",
    subscriptionId: subscription.id,
    collectionMethod: subscription.collectionMethod,
    provider: subscription.provider,
    periodStart: period.start,
    periodEnd: period.end,
    fulfilIfZero: false,
  });
  if (items.length > 0) {
    await tx.pendingInvoiceItem.updateMany({ where: { id: { in: items.map((item) => item.id) }, tenantId: ctx.tenantId }, data: { invoiceId: invoice.id } });
  }
  const charging = invoice.total > 0 && subscription.collectionMethod === "charge_automatically";
  const renewed = await transition(tx, tctx, {
    subscription,
    to: subscription.status === "trialing" ? "active" : subscription.status,
    reason: "renewal",
    event: "renewed",
    details: { invoiceId: invoice.id, amount: invoice.total },
    patch: {
      ...patch,
      periodIndex: index,
      currentPeriodStart: period.start,
      currentPeriodEnd: period.end,
      latestInvoiceId: invoice.id,
      // Charging: a lease, so dunning picks the invoice up if this process dies before recording
      // the outcome. Sent invoices: dunning looks again when they fall due.
      dunningAttempts: 0,
      nextRetryAt: invoice.total === 0 ? null : charging ? new Date(tctx.now.getTime() + CHARGE_LEASE_MS) : invoice.dueAt,
    },
  });
  // A zero total is paid at once: fulfilment activates and grants for the period just started.
  if (invoice.total === 0) await fulfilInvoice(tx, ctx, invoice.id);
  if (invoice.total === 0) return null;
  return {
    subscriptionId: renewed.id,
    tenantId: renewed.tenantId,
    invoiceId: invoice.id,
    attempt: 1,
    scheduledAt: tctx.now,
    kind: charging ? "charge" : "send",
  };
}

/** The plan of the next period: the scheduled one (at its current price) if still sold in this currency. */
async function nextPlan(tx: Tx, subscription: SubscriptionRow): Promise<{ plan: Prisma.PlanModel; patch: Prisma.SubscriptionUncheckedUpdateInput }> {
  const current = await tx.plan.findFirstOrThrow({ where: { id: subscription.planId, tenantId: subscription.tenantId } });
  if (!subscription.scheduledPlanId) return { plan: current, patch: {} };
  const scheduled = await tx.plan.findFirst({
    where: { id: subscription.scheduledPlanId, tenantId: subscription.tenantId, status: "active" },
    include: { prices: { where: { currency: subscription.currency, active: true } }, category: true },
  });
  const price = scheduled?.prices[0];
  if (!scheduled || !price || scheduled.interval === "one_time") return { plan: current, patch: { scheduledPlanId: null } };
  const intervalChanges = scheduled.interval !== current.interval || scheduled.intervalCount !== current.intervalCount;
  const patch: Prisma.SubscriptionUncheckedUpdateInput = {
    planId: scheduled.id,
    unitAmount: price.unitAmount,
    scheduledPlanId: null,
    planChangedAt: subscription.currentPeriodEnd,
    singleCategoryId: scheduled.category?.isSingle ? scheduled.category.id : null,
    // A new interval starts a new cycle at the renewal moment.
    ...(intervalChanges ? { billingCycleAnchor: subscription.currentPeriodEnd } : {}),
  };
  return { plan: scheduled, patch };
}
