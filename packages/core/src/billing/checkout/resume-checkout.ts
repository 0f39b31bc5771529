import { DomainError } from "../../errors";
import type { BillingContext } from "../context";
import { subscriptionIdsOf } from "../payments/apply-provider-result";
import { executePayment, settlePayment } from "../payments/charge-invoice";
import { LIVE_PAYMENT_STATUSES } from "../payments/live-attempts";
import type { CheckoutDeps, CheckoutResult } from "./checkout";

/** The progress a checkout records on its idempotency key when its invoice commits. */
export function resumableCheckout(previous: unknown): { invoiceId: string } | null {
  const invoiceId = (previous as { invoiceId?: unknown } | null)?.invoiceId;
  return typeof invoiceId === "string" ? { invoiceId } : null;
}

/**
 * A retry of a checkout whose process died after its invoice committed: the same invoice is
 * answered, never a second one. Its payment, if still live, is first settled with the provider
 * (re-read, or asked again with the stored request and the same idempotency key), exactly as the
 * recovery sweep would; a provider that can't answer leaves it as it is.
 */
export async function resumeCheckout(ctx: BillingContext, deps: CheckoutDeps, progress: { invoiceId: string }): Promise<CheckoutResult> {
  const load = () =>
    ctx.db.invoice.findFirst({
      where: { id: progress.invoiceId, tenantId: ctx.tenantId },
      include: { lines: { select: { refs: true } }, payments: { orderBy: { createdAt: "desc" }, take: 1 } },
    });
  const before = await load();
  if (!before) throw new DomainError("INVOICE_NOT_FOUND", "The invoice of this checkout is gone (field: idempotencyKey).", "NOT_FOUND");
  const live = before.payments[0];
  const provider = live ? deps.providers.get(live.provider) : undefined;
  if (live && provider && (LIVE_PAYMENT_STATUSES as readonly string[]).includes(live.status)) {
    try {
      if (live.providerPaymentId) await settlePayment(ctx, live.id, await provider.retrievePayment(live.providerPaymentId));
      else if (live.providerRequest) await executePayment(ctx, deps, live.id);
    } catch (error) {
      console.error(`[billing] resuming checkout payment ${live.id} failed; it stays ${live.status}:`, error);
    }
  }
  const invoice = (await load())!;
  const payment = invoice.payments[0] ?? null;
  return {
    invoiceId: invoice.id,
    invoiceNumber: invoice.number ?? "",
    total: invoice.total,
    currency: invoice.currency,
    subscriptionIds: subscriptionIdsOf(invoice),
    status: payment ? payment.status : invoice.status === "paid" ? "paid" : "pending",
    invoiceStatus: invoice.status,
    paymentId: payment?.id ?? null,
    nextActionUrl: payment?.nextActionUrl ?? null,
    failureCode: payment?.failureCode ?? null,
  };
}
