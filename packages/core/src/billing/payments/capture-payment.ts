import { DomainError } from "../../errors";
import type { BillingContext } from "../context";
import { withIdempotency } from "../idempotency";
import { settlePayment, type ChargeOutcome, type PaymentDeps } from "./charge-invoice";
import { confirmSetupPayment } from "./confirm-setup";
import { isSetupPayment } from "./setup-payments";

export interface CaptureInput {
  paymentId: string;
  idempotencyKey: string;
  /** Set for customer calls: the payment must be on one of this user's invoices. */
  userId?: string;
}

/**
 * Finishes a payment after the customer acted (3-D Secure, a hosted page's return) or captures an
 * authorisation, then records it like any provider answer (a success fulfils the invoice).
 * A zero-amount payment is a trial's payment method setup: capture confirms it (confirm-setup.ts).
 * Idempotent twice over: by Idempotency-Key, and a settled payment is returned as it is.
 */
export async function capturePayment(ctx: BillingContext, deps: PaymentDeps, input: CaptureInput): Promise<ChargeOutcome> {
  return withIdempotency(
    ctx,
    { scope: "capture", key: input.idempotencyKey, params: { paymentId: input.paymentId }, owner: input.userId ?? null },
    async () => {
      // Ownership is part of the filter (one statement): someone else's payment is simply not found.
      const payment = await ctx.db.payment.findFirst({
        where: { id: input.paymentId, tenantId: ctx.tenantId, ...(input.userId ? { invoice: { userId: input.userId } } : {}) },
      });
      if (!payment) throw new DomainError("PAYMENT_NOT_FOUND", "No such payment (field: paymentId).", "NOT_FOUND");
      if (payment.status === "succeeded") {
        const invoice = await ctx.db.invoice.findFirstOrThrow({ where: { id: payment.invoiceId, tenantId: ctx.tenantId }, select: { status: true } });
        return {
          invoiceId: payment.invoiceId,
          invoiceStatus: invoice.status,
          paymentId: payment.id,
          status: "succeeded",
          nextActionUrl: null,
          failureCode: null,
        };
      }
      if (!payment.providerPaymentId) {
        throw new DomainError("PAYMENT_NOT_STARTED", "The provider never accepted this payment; start a new one (field: paymentId).", "CONFLICT");
      }
      const provider = deps.providers.get(payment.provider);
      if (!provider) throw new DomainError("PROVIDER_UNAVAILABLE", `Payment provider "${payment.provider}" is not enabled.`, "PRECONDITION_FAILED");
      if (isSetupPayment(payment)) return confirmSetupPayment(ctx, provider, payment, input.idempotencyKey);
      const result = await provider.capturePayment({
        providerPaymentId: payment.providerPaymentId,
        idempotencyKey: `capture:${ctx.tenantId}:${input.idempotencyKey}`,
      });
      return settlePayment(ctx, payment.id, result);
    },
  );
}
