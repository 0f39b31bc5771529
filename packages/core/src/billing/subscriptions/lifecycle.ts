import type { Tx } from "@tillbox/db";
import { DomainError } from "../../errors";
import type { BillingContext } from "../context";
import { periodIndexAt, billingPeriod, type RecurringInterval } from "./billing-period";
import { voidFirstInvoices } from "./invoice-helpers";
import { lockSubscription, transition, type SubscriptionRow } from "./transition";

/** ownerId: the customer acting on their own subscription (someone else's answers NOT_FOUND). */
async function lockOwned(tx: Tx, ctx: BillingContext, subscriptionId: string, ownerId?: string): Promise<SubscriptionRow> {
  const subscription = await lockSubscription(tx, ctx.tenantId, subscriptionId);
  if (ownerId && subscription.userId !== ownerId) throw new DomainError("SUBSCRIPTION_NOT_FOUND", "No such subscription (field: subscriptionId).", "NOT_FOUND");
  return subscription;
}

const tctx = (ctx: BillingContext) => ({ tenantId: ctx.tenantId, now: ctx.clock.now(), actor: ctx.actor });

/**
 * Cancel now (status canceled, no refund or credit note: Stripe's default prorate=false; a
 * prorated credit is out of scope) or at the period end (cancel_at_period_end; the renewal job
 * ends it). Canceling an incomplete subscription voids its unpaid first invoice. Open renewal
 * invoices stay open (an operator may still collect or void them); pending proration items are dropped.
 */
export async function cancelSubscription(
  ctx: BillingContext,
  input: { subscriptionId: string; atPeriodEnd: boolean },
  ownerId?: string,
): Promise<SubscriptionRow> {
  const { updated, wasIncomplete } = await ctx.db.$transaction(async (tx) => {
    const subscription = await lockOwned(tx, ctx, input.subscriptionId, ownerId);
    const now = ctx.clock.now();
    if (input.atPeriodEnd) {
      if (!["active", "trialing", "past_due", "paused", "unpaid"].includes(subscription.status)) {
        throw new DomainError("SUBSCRIPTION_TRANSITION_REFUSED", `A ${subscription.status} subscription can't be canceled at its period end.`, "CONFLICT");
      }
      if (subscription.cancelAtPeriodEnd) return { updated: subscription, wasIncomplete: false };
      const row = await transition(tx, tctx(ctx), {
        subscription,
        patch: { cancelAtPeriodEnd: true, canceledAt: now, scheduledPlanId: null },
        reason: "cancel_at_period_end",
      });
      return { updated: row, wasIncomplete: false };
    }
    const row = await transition(tx, tctx(ctx), {
      subscription,
      to: "canceled",
      patch: { canceledAt: now, endedAt: now, cancelAtPeriodEnd: false, scheduledPlanId: null, nextRetryAt: null },
      reason: "canceled",
    });
    await tx.pendingInvoiceItem.deleteMany({ where: { tenantId: ctx.tenantId, subscriptionId: subscription.id, invoiceId: null } });
    return { updated: row, wasIncomplete: subscription.status === "incomplete" };
  });
  if (wasIncomplete) await voidFirstInvoices(ctx, updated.id, "subscription canceled before its first payment");
  return updated;
}

/**
 * Pause collection (like Stripe's pause_collection with behavior void, but visible as status
 * paused): while paused there are no renewals, invoices, charges, dunning or token grants. The
 * current (already paid) period is not credited. Resuming continues in the period that contains
 * the resume time; periods that passed while paused are skipped, not billed.
 */
export async function pauseSubscription(ctx: BillingContext, input: { subscriptionId: string }, ownerId?: string): Promise<SubscriptionRow> {
  return ctx.db.$transaction(async (tx) => {
    const subscription = await lockOwned(tx, ctx, input.subscriptionId, ownerId);
    if (subscription.status === "paused") return subscription;
    if (subscription.status !== "active") {
      throw new DomainError("SUBSCRIPTION_TRANSITION_REFUSED", `A ${subscription.status} subscription can't be paused; only active ones can.`, "CONFLICT");
    }
    return transition(tx, tctx(ctx), { subscription, to: "paused", patch: { pausedAt: ctx.clock.now() }, reason: "paused" });
  });
}

/**
 * Resume: a paused subscription becomes active again (see pauseSubscription); otherwise this
 * undoes a pending cancel_at_period_end. Anything else has nothing to resume.
 */
export async function resumeSubscription(ctx: BillingContext, input: { subscriptionId: string }, ownerId?: string): Promise<SubscriptionRow> {
  return ctx.db.$transaction(async (tx) => {
    const subscription = await lockOwned(tx, ctx, input.subscriptionId, ownerId);
    const now = ctx.clock.now();
    if (subscription.status === "paused") {
      const plan = await tx.plan.findFirstOrThrow({ where: { id: subscription.planId, tenantId: ctx.tenantId } });
      const interval = plan.interval as RecurringInterval;
      const index = Math.max(subscription.periodIndex, periodIndexAt(subscription.billingCycleAnchor, interval, plan.intervalCount, now));
      const period = billingPeriod(subscription.billingCycleAnchor, interval, plan.intervalCount, index);
      return transition(tx, tctx(ctx), {
        subscription,
        to: "active",
        patch: { pausedAt: null, periodIndex: index, currentPeriodStart: period.start, currentPeriodEnd: period.end },
        reason: "resumed",
      });
    }
    if (subscription.cancelAtPeriodEnd && ["active", "trialing", "past_due", "unpaid"].includes(subscription.status)) {
      return transition(tx, tctx(ctx), { subscription, patch: { cancelAtPeriodEnd: false, canceledAt: null }, reason: "cancel_undone" });
    }
    throw new DomainError("NOTHING_TO_RESUME", `This ${subscription.status} subscription is neither paused nor set to cancel.`, "CONFLICT");
  });
}

/**
 * Releases the plan change scheduled for the period end (like releasing a Stripe subscription
 * schedule): the subscription stays on its plan and renews on it. With nothing scheduled it is a
 * CONFLICT that says so, which is also how the second of two concurrent releases ends: the row
 * lock orders them and the first already cleared it, so one event is emitted, not two.
 */
export async function cancelScheduledChange(ctx: BillingContext, input: { subscriptionId: string }, ownerId?: string): Promise<SubscriptionRow> {
  return ctx.db.$transaction(async (tx) => {
    const subscription = await lockOwned(tx, ctx, input.subscriptionId, ownerId);
    if (!subscription.scheduledPlanId) {
      throw new DomainError("NO_SCHEDULED_CHANGE", "This subscription has no scheduled plan change to cancel (field: subscriptionId).", "CONFLICT");
    }
    return transition(tx, tctx(ctx), {
      subscription,
      patch: { scheduledPlanId: null },
      reason: "scheduled_change_canceled",
      event: "scheduled_change_canceled",
    });
  });
}
