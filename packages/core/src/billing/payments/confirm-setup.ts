import { DomainError } from "../../errors";
import type { BillingContext } from "../context";
import type { ChargeOutcome } from "./charge-invoice";
import type { PaymentProvider, ProviderSetupResult } from "./provider-contract";
import { applySetupResult } from "./setup-payments";

/**
 * Confirms a trial's payment method setup after the customer acted (card form, 3-D Secure): asks
 * the provider (its answer is the truth) and records it in one transaction (see applySetupResult).
 * A settled setup is returned as it is; a provider error leaves it waiting, so capture can be retried.
 */
export async function confirmSetupPayment(
  ctx: BillingContext,
  provider: PaymentProvider,
  payment: { id: string; invoiceId: string; status: string; providerPaymentId: string | null },
  idempotencyKey: string,
): Promise<ChargeOutcome> {
  if (!provider.confirmSetup)
    throw new DomainError("PROVIDER_UNAVAILABLE", `Payment provider "${provider.key}" can't confirm payment method setups.`, "PRECONDITION_FAILED");
  let result: ProviderSetupResult | null = null;
  if (payment.status === "requires_action" || payment.status === "pending") {
    result = await provider.confirmSetup({ providerSetupId: payment.providerPaymentId!, idempotencyKey: `confirm-setup:${ctx.tenantId}:${idempotencyKey}` });
  }
  const updated = result
    ? await ctx.db.$transaction((tx) => applySetupResult(tx, ctx, payment.id, result), { maxWait: 15_000, timeout: 30_000 })
    : await ctx.db.payment.findFirstOrThrow({ where: { id: payment.id, tenantId: ctx.tenantId } });
  const invoice = await ctx.db.invoice.findFirstOrThrow({ where: { id: updated.invoiceId, tenantId: ctx.tenantId } });
  return {
    invoiceId: invoice.id,
    invoiceStatus: invoice.status,
    paymentId: updated.id,
    status: updated.status as ChargeOutcome["status"],
    nextActionUrl: updated.nextActionUrl,
    failureCode: updated.failureCode,
  };
}
