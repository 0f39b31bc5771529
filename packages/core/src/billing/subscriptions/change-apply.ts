import type { Tx } from "@tillbox/db";
import { DomainError } from "../../errors";
import type { BillingContext } from "../context";
import { withIdempotency } from "../idempotency/with-idempotency";
import { createInvoiceFromState } from "../invoices/create-invoice";
import { chargeInvoice } from "../payments/charge-invoice";
import type { ChangeRequest } from "./change-resolve";
import { describeChange, priceChange, type PricedChange } from "./change-preview";
import type { SubscriptionDeps } from "./deps";
import { voidAsSystem } from "./invoice-helpers";
import { sendSubscriptionInvoice } from "./notify";
import { applyPlanChange } from "./apply-plan-change";
import { savedMethodOf } from "./saved-method";
import { lockSubscription, transition, type SubscriptionRow } from "./transition";
import type { ApplyChangeResult } from "./subscription-output";

export type { ApplyChangeResult } from "./subscription-output";

export interface ApplyChangeInput extends ChangeRequest {
  /** From the preview: with it, the change is charged exactly what the preview showed. */
  prorationDate: Date;
  behavior: NonNullable<ChangeRequest["behavior"]>;
  idempotencyKey: string;
}

/**
 * Applies a plan change priced exactly as previewSubscriptionChange priced it for the same
 * prorationDate. Upgrades (and immediate downgrades) take effect now with Stripe's proration;
 * downgrades are scheduled for the period end. With always_invoice the change waits for its
 * invoice to be paid (Stripe's pending_if_incomplete): a declined card changes nothing and the
 * invoice is voided. The same idempotencyKey returns the first result.
 */
export async function applySubscriptionChange(
  ctx: BillingContext,
  deps: SubscriptionDeps,
  input: ApplyChangeInput,
  ownerId?: string,
): Promise<ApplyChangeResult> {
  const { idempotencyKey, ...request } = input;
  const params = { operation: "subscription_change", ...request, prorationDate: request.prorationDate.toISOString() };
  return withIdempotency(ctx, { scope: "subscription_change", key: idempotencyKey, params, owner: ownerId ?? ctx.actor?.actorId ?? null }, async () => {
    const priced = await priceChange(ctx, request, deps.handlers, ownerId);
    const preview = describeChange(priced);
    const base = {
      mode: preview.mode,
      amountDue: preview.amountDueNow,
      pendingAmount: preview.pendingAmount,
      prorationDate: preview.prorationDate.toISOString(),
      nextActionUrl: null,
      failureCode: null,
    };
    const written = await ctx.db.$transaction((tx) => writeChange(tx, ctx, priced));
    if (!written.invoice) return { ...base, status: preview.mode === "scheduled" ? "scheduled" : "applied", invoiceId: null };
    const invoice = written.invoice;
    if (invoice.status === "paid") return { ...base, status: "applied", invoiceId: invoice.id };
    if (invoice.collectionMethod === "send_invoice") {
      await sendSubscriptionInvoice(ctx.db, deps, invoice.id);
      return { ...base, status: "applied", invoiceId: invoice.id };
    }
    const outcome = await chargeInvoice(ctx, deps.payments, invoice.id, {
      savedMethod: await savedMethodOf(ctx.db, written.subscription),
      offSession: false,
      idempotencyKey: `subscription-change:${invoice.id}`,
    }).catch((error: unknown) => ({
      status: "failed" as const,
      nextActionUrl: null,
      failureCode: error instanceof DomainError ? error.code.toLowerCase() : "charge_error",
    }));
    if (outcome.status === "succeeded" || outcome.status === "paid") return { ...base, status: "applied", invoiceId: invoice.id };
    if (outcome.status === "requires_action" || outcome.status === "pending") {
      return {
        ...base,
        status: outcome.status === "pending" ? "pending_payment" : "requires_action",
        invoiceId: invoice.id,
        nextActionUrl: outcome.nextActionUrl,
      };
    }
    await voidAsSystem(ctx, invoice.id, "subscription change payment failed");
    return { ...base, status: "payment_failed", invoiceId: invoice.id, failureCode: outcome.failureCode };
  });
}

/** The one transaction of a change: re-checks the row under its lock, then writes per mode. */
async function writeChange(tx: Tx, ctx: BillingContext, priced: PricedChange) {
  const { plan, mode, state } = priced;
  const subscription = await lockSubscription(tx, ctx.tenantId, plan.subscription.id);
  assertUnchanged(subscription, plan.subscription);
  const tctx = { tenantId: ctx.tenantId, now: ctx.clock.now(), actor: ctx.actor };
  if (mode === "scheduled") {
    const updated = await transition(tx, tctx, { subscription, patch: { scheduledPlanId: plan.change.toPlanId }, reason: "downgrade_scheduled" });
    return { subscription: updated, invoice: null };
  }
  if (mode === "invoice") {
    const invoice = await createInvoiceFromState(tx, ctx, state!, {
      billingReason: "subscription_update",
      subscriptionId: subscription.id,
      collectionMethod: subscription.collectionMethod,
      provider: subscription.provider,
      periodStart: new Date(plan.change.prorationDate),
      periodEnd: new Date(plan.change.newPeriodEnd ?? plan.change.periodEnd),
    });
    // Sent invoices are paid later by hand: the change applies now, as Stripe does for send_invoice.
    if (invoice.status !== "paid" && invoice.collectionMethod === "send_invoice") {
      return { subscription: await applyPlanChange(tx, tctx, subscription, plan.change), invoice };
    }
    return { subscription, invoice };
  }
  if (mode === "pending") {
    await tx.pendingInvoiceItem.createMany({
      data: state!.lines.map((line) => ({
        tenantId: ctx.tenantId,
        subscriptionId: subscription.id,
        kind: line.kind,
        description: line.description,
        amount: line.amount,
        currency: plan.change.currency,
        periodStart: line.periodStart ?? null,
        periodEnd: line.periodEnd ?? null,
        refs: JSON.parse(JSON.stringify(line.refs)),
        createdAt: tctx.now,
      })),
    });
  }
  return { subscription: await applyPlanChange(tx, tctx, subscription, plan.change), invoice: null };
}

function assertUnchanged(locked: SubscriptionRow, read: SubscriptionRow): void {
  const same =
    locked.status === read.status &&
    locked.planId === read.planId &&
    locked.unitAmount === read.unitAmount &&
    locked.quantity === read.quantity &&
    locked.currentPeriodStart.getTime() === read.currentPeriodStart.getTime() &&
    locked.scheduledPlanId === read.scheduledPlanId;
  if (!same) throw new DomainError("SUBSCRIPTION_CHANGED", "The subscription changed while this was being applied; preview the change again.", "CONFLICT");
}
