import type { BillingContext } from "../context";
import type { PaymentProvider, ProviderWebhookEvent } from "./provider-contract";
import { recordUnactioned, type WebhookDeps, type WebhookOutcome } from "./webhook-records";
import { applyRefundResult } from "./settle-refund";

/**
 * A verified, not yet seen refund.updated event: our Refund is found by (provider, provider refund
 * id), re-read from the provider (the body is never trusted for state) and settled in one
 * transaction with the ProviderEvent row, so a crash lets the provider's retry redo it. An unknown
 * refund id is recorded and answered "unknown_refund"; a provider that can't re-read refunds has
 * only immediate ones, so its event is recorded and ignored.
 */
export async function handleRefundWebhook(deps: WebhookDeps, providerKey: string, provider: PaymentProvider, event: ProviderWebhookEvent): Promise<WebhookOutcome> {
  const refund = event.providerRefundId
    ? await deps.db.refund.findFirst({ where: { provider: providerKey, providerRefundId: event.providerRefundId }, orderBy: { createdAt: "asc" } })
    : null;
  if (!refund || !provider.retrieveRefund) {
    const status = refund ? "ignored" : "unknown_refund";
    return recordUnactioned(deps, providerKey, event, refund?.tenantId ?? event.tenantId, status);
  }

  const truth = await provider.retrieveRefund(refund.providerRefundId!);
  const ctx: BillingContext = { db: deps.db, tenantId: refund.tenantId, clock: deps.clock, actor: null };
  return deps.db.$transaction(async (tx): Promise<WebhookOutcome> => {
    const now = deps.clock.now();
    const { count } = await tx.providerEvent.createMany({
      data: [{ provider: providerKey, eventId: event.id, tenantId: refund.tenantId, type: event.type, receivedAt: now }],
      skipDuplicates: true,
    });
    // A concurrent delivery of the same event got here first.
    if (count === 0) return { eventId: event.id, status: "duplicate" };
    const settled = await applyRefundResult(tx, ctx, refund.id, truth);
    await tx.providerEvent.update({ where: { provider_eventId: { provider: providerKey, eventId: event.id } }, data: { processedAt: now } });
    return { eventId: event.id, status: "processed", refundStatus: settled.status };
  });
}
