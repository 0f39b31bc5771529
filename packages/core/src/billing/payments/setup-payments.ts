import type { Prisma, Tx } from "@tillbox/db";
import { coreEvents, emit } from "@tillbox/events";
import type { BillingContext } from "../context";
import { releaseLines } from "../sellables/line-steps";
import { lockSubscription, transition } from "../subscriptions/transition";
import { subscriptionIdsOf } from "./apply-provider-result";
import { fulfilInvoice, lockInvoice } from "./fulfil-invoice";
import type { ProviderSetupResult } from "./provider-contract";
import { saveMethod } from "./save-method";

/**
 * A payment method setup (Stripe's SetupIntent) is recorded as a zero-amount Payment on the trial's
 * zero invoice: providerPaymentId is the provider's setup id, and capture confirms it. Amount 0
 * is what tells it apart — a real payment is only ever created for an open amount above zero.
 */
export const isSetupPayment = (payment: { amount: number }) => payment.amount === 0;

/** In checkout's transaction: the setup's Payment row, and on success the saved default method on the new subscriptions. */
export async function recordSetup(
  tx: Tx,
  ctx: BillingContext,
  invoice: { id: string; userId: string; currency: string },
  provider: string,
  setup: { paymentId: string; result: ProviderSetupResult },
  subscriptionIds: string[],
) {
  const { result } = setup;
  const succeeded = result.status === "succeeded";
  const methodId = succeeded ? await saveMethod(tx, ctx, invoice.userId, provider, result.savedMethod!, subscriptionIds) : null;
  return tx.payment.create({
    data: {
      id: setup.paymentId,
      tenantId: ctx.tenantId,
      invoiceId: invoice.id,
      provider,
      providerPaymentId: result.providerSetupId,
      status: succeeded ? "succeeded" : "requires_action",
      amount: 0,
      currency: invoice.currency,
      paymentMethodId: methodId,
      nextActionUrl: succeeded ? null : (result.nextActionUrl ?? null),
      capturedAt: succeeded ? ctx.clock.now() : null,
    },
  });
}

/**
 * The provider's answer to a confirmed setup, in the caller's transaction. succeeded: the method
 * becomes the default and the trial's, the zero invoice is paid (the subscription starts trialing).
 * failed: no method, no subscription (Stripe Checkout's rule) — the incomplete subscription is
 * canceled and its zero invoice voided. Anything else just records the next step.
 */
export async function applySetupResult(tx: Tx, ctx: BillingContext, paymentId: string, result: ProviderSetupResult) {
  const head = await tx.payment.findFirstOrThrow({ where: { id: paymentId, tenantId: ctx.tenantId }, select: { invoiceId: true } });
  const invoice = await lockInvoice(tx, ctx.tenantId, head.invoiceId);
  await tx.$queryRaw`SELECT "id" FROM "billing_payment" WHERE "id" = ${paymentId}::uuid FOR UPDATE`;
  const payment = await tx.payment.findFirstOrThrow({ where: { id: paymentId, tenantId: ctx.tenantId } });
  if (payment.status !== "requires_action" && payment.status !== "pending") return payment;
  const now = ctx.clock.now();
  const subscriptionIds = subscriptionIdsOf(invoice);

  if (result.status === "succeeded" && result.savedMethod) {
    const methodId = await saveMethod(tx, ctx, invoice.userId, payment.provider, result.savedMethod, subscriptionIds);
    const updated = await tx.payment.update({
      where: { id: payment.id },
      data: { status: "succeeded", paymentMethodId: methodId, nextActionUrl: null, failureCode: null, failureMessage: null, capturedAt: now },
    });
    await fulfilInvoice(tx, ctx, invoice.id);
    return updated;
  }
  if (result.status === "failed") {
    const updated = await tx.payment.update({
      where: { id: payment.id },
      data: { status: "failed", nextActionUrl: null, failureCode: result.failureCode ?? "setup_failed", failureMessage: result.failureMessage ?? null },
    });
    await endUnconfirmedTrial(tx, ctx, invoice, subscriptionIds);
    return updated;
  }
  return tx.payment.update({ where: { id: payment.id }, data: { nextActionUrl: result.nextActionUrl ?? payment.nextActionUrl } });
}

async function endUnconfirmedTrial(tx: Tx, ctx: BillingContext, invoice: Prisma.InvoiceModel, subscriptionIds: string[]) {
  const now = ctx.clock.now();
  for (const id of subscriptionIds) {
    const subscription = await lockSubscription(tx, ctx.tenantId, id);
    if (subscription.status !== "incomplete") continue;
    await transition(
      tx,
      { tenantId: ctx.tenantId, now, actor: null },
      {
        subscription,
        to: "canceled",
        patch: { canceledAt: now, endedAt: now },
        reason: "payment_method_setup_failed",
      },
    );
  }
  if (invoice.status !== "open") return;
  await tx.invoice.update({ where: { id: invoice.id }, data: { status: "void", voidedAt: now } });
  const lines = await tx.invoiceLine.findMany({ where: { tenantId: ctx.tenantId, invoiceId: invoice.id }, orderBy: { position: "asc" } });
  await releaseLines(tx, ctx, { ...invoice, lines }, "invoice_void", now);
  await emit(tx, coreEvents.invoiceVoided, { invoiceId: invoice.id, userId: invoice.userId, number: invoice.number }, { tenantId: ctx.tenantId });
}
