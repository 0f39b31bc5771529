import type { BillingContext } from "../context";
import type { PaymentProvider, ProviderWebhookEvent } from "./provider-contract";
import { processOnce, recordUnactioned, type WebhookDeps, type WebhookOutcome } from "./webhook-records";
import { applyRefundResult } from "./settle-refund";

/**
 * A verified, not yet seen refund.updated event: our Refund is found by (provider, provider refund
 * id), re-read from the provider (the body is never trusted for state) and settled in one
 * transaction with the ProviderEvent row, so a crash lets the provider's retry redo it. An unknown
 * refund id is recorded and answered "unknown_refund"; a provider that can't re-read refunds has
 * only immediate ones, so its event is recorded and ignored.
 */
export async function handleRefundWebhook(
  deps: WebhookDeps,
  providerKey: string,
  provider: PaymentProvider,
  event: ProviderWebhookEvent,
): Promise<WebhookOutcome> {
  const refund = event.providerRefundId
    ? await deps.db.refund.findFirst({ where: { provider: providerKey, providerRefundId: event.providerRefundId }, orderBy: { createdAt: "asc" } })
    : null;
  if (!refund || !provider.retrieveRefund) {
    const status = refund ? "ignored" : "unknown_refund";
    return recordUnactioned(deps, providerKey, event, refund?.tenantId ?? event.tenantId, status);
  }

  const truth = await provider.retrieveRefund(refund.providerRefundId!);
  const ctx: BillingContext = { db: deps.db, tenantId: refund.tenantId, clock: deps.clock, actor: null };
  return processOnce(deps, providerKey, event, refund.tenantId, async (tx) => ({ refundStatus: (await applyRefundResult(tx, ctx, refund.id, truth)).status }));
}
