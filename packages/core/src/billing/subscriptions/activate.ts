import type { Tx } from "@tillbox/db";
import type { ResolvedSubscriptionChange } from "./proration";
import { applyPlanChange } from "./apply-plan-change";
import { grantPeriodTokens } from "./grants";
import { lockSubscription, transition, type SubscriptionRow, type TransitionContext } from "./transition";

export interface PaidInvoiceRef {
  id: string;
  tenantId: string;
  userId: string;
  subscriptionId: string | null;
  billingReason: string;
}

type StoredChange = ResolvedSubscriptionChange;

/**
 * Called by fulfilment inside the capture transaction when an invoice of a subscription is paid:
 * incomplete → active (first invoice) or trialing (a trial's confirmed method setup), past_due/unpaid → active (dunning recovered), a paid
 * subscription_update invoice applies its plan change (with the tokens it grants), and the plan's
 * tokens for the current period are granted (once per period). An ended subscription is left alone: money for it is an
 * operator's refund to make.
 */
export async function activatePaidInvoice(tx: Tx, invoice: PaidInvoiceRef, now: Date): Promise<void> {
  if (!invoice.subscriptionId) return;
  let subscription = await lockSubscription(tx, invoice.tenantId, invoice.subscriptionId);
  if (subscription.userId !== invoice.userId) return;
  if (subscription.status === "canceled" || subscription.status === "incomplete_expired") return;
  const ctx: TransitionContext = { tenantId: invoice.tenantId, now, actor: null };

  if (invoice.billingReason === "subscription_update") subscription = await applyPaidChange(tx, ctx, subscription, invoice.id);

  const settled = { dunningAttempts: 0, nextRetryAt: null };
  if (subscription.status === "incomplete" && subscription.trialEnd && subscription.trialEnd > now) {
    // A trial whose payment method was confirmed: it runs until trialEnd, as if it had started trialing.
    subscription = await transition(tx, ctx, { subscription, to: "trialing", patch: { ...settled, latestInvoiceId: invoice.id }, reason: "trial_started" });
  } else if (subscription.status === "incomplete") {
    subscription = await transition(tx, ctx, { subscription, to: "active", patch: { ...settled, latestInvoiceId: invoice.id }, reason: "first_payment" });
  } else if (subscription.status === "past_due" || subscription.status === "unpaid") {
    if (await hasOtherOpenInvoices(tx, subscription, invoice.id)) return;
    subscription = await transition(tx, ctx, { subscription, to: "active", patch: settled, reason: "payment_recovered" });
  } else if (subscription.nextRetryAt && subscription.latestInvoiceId === invoice.id) {
    // The renewal charge's outcome arrived: nothing left to retry.
    subscription = await transition(tx, ctx, { subscription, patch: settled, reason: "payment_settled" });
  }
  if (subscription.status === "active" || subscription.status === "trialing") await grantPeriodTokens(tx, subscription, now);
}

async function applyPaidChange(tx: Tx, ctx: TransitionContext, subscription: SubscriptionRow, invoiceId: string): Promise<SubscriptionRow> {
  const invoice = await tx.invoice.findFirst({ where: { id: invoiceId, tenantId: ctx.tenantId }, select: { cart: true } });
  const stored = (invoice?.cart as { metadata?: { subscriptionChange?: StoredChange } } | null)?.metadata?.subscriptionChange;
  // Only a change still pending: it was made against the plan the subscription is on now.
  if (!stored || stored.subscriptionId !== subscription.id || stored.fromPlanId !== subscription.planId) return subscription;
  return applyPlanChange(tx, ctx, subscription, stored);
}

async function hasOtherOpenInvoices(tx: Tx, subscription: SubscriptionRow, paidInvoiceId: string): Promise<boolean> {
  const open = await tx.invoice.count({
    where: {
      tenantId: subscription.tenantId,
      subscriptionId: subscription.id,
      status: "open",
      id: { not: paidInvoiceId },
      billingReason: { not: "subscription_update" },
    },
  });
  return open > 0;
}
