import { randomUUID } from "node:crypto";
import type { Prisma, Tx } from "@tillbox/db";
import { DomainError } from "../../errors";
import type { BillingContext } from "../context";
import { applyProviderResult } from "./apply-provider-result";
import type { ProviderPaymentResult, SavedMethodRef } from "./provider-contract";
import type { PaymentProviders } from "./provider-registry";
import { FIRST_RECOVERY_CHECK_MS, readProviderRequest, type ProviderRequest } from "./provider-request";
import type { ChargeOutcome } from "./payment-output";

export type { ChargeOutcome } from "./payment-output";

export interface PaymentDeps {
  providers: PaymentProviders;
  /** Where hosted pages / 3-D Secure send the customer back (the portal's return page). */
  returnUrl?: string;
}

/**
 * A pending Payment for the invoice's open amount, in the caller's transaction (checkout's, or its
 * own), with what the provider will be asked (the idempotency key defaults to payment:<id>) and a
 * first recovery check: if no answer is recorded by then, the sweep asks the provider again.
 */
export async function createPaymentRow(
  tx: Tx,
  ctx: BillingContext,
  invoice: { id: string; total: number; amountPaid: number; currency: string },
  provider: string,
  request: Omit<ProviderRequest, "idempotencyKey"> & { idempotencyKey?: string },
  paymentMethodId: string | null = null,
) {
  const id = randomUUID();
  const now = ctx.clock.now();
  const providerRequest: ProviderRequest = { ...request, idempotencyKey: request.idempotencyKey ?? `payment:${id}` };
  return tx.payment.create({
    data: {
      id,
      tenantId: ctx.tenantId,
      invoiceId: invoice.id,
      provider,
      amount: invoice.total - invoice.amountPaid,
      currency: invoice.currency,
      status: "pending",
      paymentMethodId,
      providerRequest: providerRequest as unknown as Prisma.InputJsonValue,
      createdAt: now,
      checkAfter: new Date(now.getTime() + FIRST_RECOVERY_CHECK_MS),
    },
  });
}

/** A payment and its invoice as they were just committed (checkout passes them instead of reading them back). */
export type PaymentWithInvoice = Prisma.PaymentGetPayload<{ include: { invoice: true } }>;

/**
 * Calls the provider for a committed pending Payment (never inside a transaction: provider I/O must
 * not hold locks) with the request stored on it, and records the answer; a success fulfils the
 * invoice in that same transaction. It does not throw once the Payment exists: a provider error is
 * a failed payment, and a failure to record a success leaves the payment pending with the
 * provider's id saved, so the webhook, a capture or the recovery sweep settles it later. Calling it
 * again for the same payment asks with the same idempotency key: the provider answers with the
 * payment it already made, never a second charge (the sweep relies on this after a crash).
 */
export async function executePayment(ctx: BillingContext, deps: PaymentDeps, paymentId: string, written?: PaymentWithInvoice): Promise<ChargeOutcome> {
  const payment =
    written?.id === paymentId
      ? written
      : await ctx.db.payment.findFirstOrThrow({ where: { id: paymentId, tenantId: ctx.tenantId }, include: { invoice: true } });
  const options = readProviderRequest(payment.providerRequest, payment.id);
  const provider = deps.providers.get(payment.provider);
  const customer = payment.invoice.customer as { email?: string | null; name?: string | null; country?: string | null };
  let result: ProviderPaymentResult;
  try {
    if (!provider) throw new DomainError("PROVIDER_UNAVAILABLE", `Payment provider "${payment.provider}" is not enabled.`, "PRECONDITION_FAILED");
    result = await provider.createPayment({
      tenantId: ctx.tenantId,
      paymentId: payment.id,
      invoiceId: payment.invoiceId,
      amount: payment.amount,
      currency: payment.currency,
      description: `Invoice ${payment.invoice.number ?? payment.invoiceId}`,
      customer: { userId: payment.invoice.userId, email: customer.email ?? null, name: customer.name ?? null, country: customer.country ?? null },
      returnUrl: deps.returnUrl ?? "",
      savePaymentMethod: options.savePaymentMethod && Boolean(provider.supportsSavedMethods),
      savedMethod: options.savedMethod,
      offSession: options.offSession,
      idempotencyKey: options.idempotencyKey,
    });
  } catch (error) {
    const code = error instanceof DomainError ? error.code.toLowerCase() : "provider_error";
    result = { providerPaymentId: "", status: "failed", failureCode: code, failureMessage: error instanceof Error ? error.message.slice(0, 500) : null };
  }
  return settlePayment(ctx, paymentId, result);
}

/** Records a provider answer (own transaction); see executePayment for why a recording failure is not thrown. */
export async function settlePayment(ctx: BillingContext, paymentId: string, result: ProviderPaymentResult): Promise<ChargeOutcome> {
  try {
    const outcome = await ctx.db.$transaction((tx) => applyProviderResult(tx, ctx, paymentId, result), { maxWait: 15_000, timeout: 30_000 });
    return {
      invoiceId: outcome.payment.invoiceId,
      invoiceStatus: outcome.invoiceStatus,
      paymentId,
      status: outcome.status,
      nextActionUrl: outcome.payment.nextActionUrl,
      failureCode: outcome.payment.failureCode,
    };
  } catch (error) {
    if (result.providerPaymentId) {
      await ctx.db.payment.updateMany({
        where: { id: paymentId, tenantId: ctx.tenantId, providerPaymentId: null },
        data: { providerPaymentId: result.providerPaymentId },
      });
    }
    const payment = await ctx.db.payment.findFirstOrThrow({ where: { id: paymentId, tenantId: ctx.tenantId }, include: { invoice: true } });
    console.error(`[billing] recording payment ${paymentId} failed; it stays ${payment.status} until a webhook or capture settles it:`, error);
    return {
      invoiceId: payment.invoiceId,
      invoiceStatus: payment.invoice.status,
      paymentId,
      status: payment.status,
      nextActionUrl: payment.nextActionUrl,
      failureCode: payment.failureCode,
    };
  }
}

/**
 * Charges an open invoice through its provider: checkout's follow-up, and C's renewals and dunning
 * retries (off-session with the saved method; without one given, the user's default method of that
 * provider). Never branches on the provider. A paid invoice is not charged again.
 */
export async function chargeInvoice(
  ctx: BillingContext,
  deps: PaymentDeps,
  invoiceId: string,
  options: { savedMethod?: SavedMethodRef; offSession: boolean; idempotencyKey: string; provider?: string },
): Promise<ChargeOutcome> {
  const invoice = await ctx.db.invoice.findFirst({ where: { id: invoiceId, tenantId: ctx.tenantId } });
  if (!invoice) throw new DomainError("INVOICE_NOT_FOUND", "No such invoice (field: invoiceId).", "NOT_FOUND");
  if (invoice.status === "paid") return { invoiceId, invoiceStatus: "paid", paymentId: null, status: "paid", nextActionUrl: null, failureCode: null };
  if (invoice.status !== "open" && invoice.status !== "uncollectible") {
    throw new DomainError("INVOICE_NOT_PAYABLE", `A ${invoice.status} invoice can't be charged (field: invoiceId).`, "CONFLICT");
  }
  const providerKey = options.provider ?? invoice.provider;
  if (!providerKey) throw new DomainError("PROVIDER_REQUIRED", "The invoice has no payment provider (field: provider).");
  let savedMethod = options.savedMethod;
  if (!savedMethod && options.offSession) {
    const method = await ctx.db.paymentMethod.findFirst({
      where: { tenantId: ctx.tenantId, userId: invoice.userId, provider: providerKey },
      orderBy: [{ isDefault: "desc" }, { createdAt: "desc" }],
    });
    if (method) savedMethod = { providerMethodId: method.providerMethodId, providerCustomerId: method.providerCustomerId };
  }
  // The Payment records which of the customer's saved methods it charges.
  const charged = savedMethod
    ? await ctx.db.paymentMethod.findFirst({
        where: { tenantId: ctx.tenantId, userId: invoice.userId, provider: providerKey, providerMethodId: savedMethod.providerMethodId },
        select: { id: true },
      })
    : null;
  const request = { savedMethod, offSession: options.offSession, savePaymentMethod: !options.offSession, idempotencyKey: options.idempotencyKey };
  const payment = await ctx.db.$transaction((tx) => createPaymentRow(tx, ctx, invoice, providerKey, request, charged?.id ?? null));
  return executePayment(ctx, deps, payment.id, { ...payment, invoice });
}
