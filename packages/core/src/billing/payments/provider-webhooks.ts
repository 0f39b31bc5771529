import { DomainError } from "../../errors";
import type { BillingContext } from "../context";
import { recordAsyncCollectionFailure, notifyCollectionFailure, type RecordedFailure } from "../subscriptions/collection-failure";
import { applyProviderResult } from "./apply-provider-result";
import { handleRefundWebhook } from "./refund-webhooks";
import { isSetupPayment } from "./setup-payments";
import { handleSetupWebhook } from "./setup-webhooks";
import { processOnce, recordUnactioned, type WebhookDeps, type WebhookOutcome } from "./webhook-records";

export type { WebhookDeps, WebhookOutcome } from "./webhook-records";

/**
 * An inbound provider webhook. Order matters: (1) the provider verifies the signature and its
 * freshness, throwing WebhookVerificationError before anything is read or written; (2) an event id
 * seen before is answered "duplicate" and changes nothing; (3) the payment is re-read from the
 * provider (the webhook body is never trusted for state) and reconciled with our Payment, in one
 * transaction with the ProviderEvent row, so a crash mid-way lets the provider's retry redo it.
 * Failed payments emit payment.failed. A renewal or dunning charge the job saw pending that now
 * failed moves the subscription to past_due (or ends dunning) in that same transaction, exactly
 * as a synchronous decline does. An event naming a trial's setup (a zero-amount payment) settles
 * it the same way, re-read with the provider's retrieveSetup and recorded as capture would
 * (setup-webhooks.ts), so a customer who never returns from 3-D Secure still gets the trial.
 * refund.updated events settle a pending refund the same way (refund-webhooks.ts).
 */
export async function handleProviderWebhook(deps: WebhookDeps, providerKey: string, request: { headers: Headers; rawBody: string }): Promise<WebhookOutcome> {
  const provider = deps.providers.get(providerKey);
  if (!provider) throw new DomainError("PROVIDER_NOT_FOUND", `No enabled payment provider "${providerKey}".`, "NOT_FOUND");
  const event = await provider.parseWebhook(request);
  if (!event.id) throw new DomainError("WEBHOOK_EVENT_INVALID", "The provider event has no id.");
  const seen = await deps.db.providerEvent.findUnique({ where: { provider_eventId: { provider: providerKey, eventId: event.id } } });
  if (seen) return { eventId: event.id, status: "duplicate" };
  if (event.type === "refund.updated") return handleRefundWebhook(deps, providerKey, provider, event);

  const payment =
    event.type === "payment.updated" && event.providerPaymentId
      ? await deps.db.payment.findUnique({ where: { provider_providerPaymentId: { provider: providerKey, providerPaymentId: event.providerPaymentId } } })
      : null;
  if (!payment) {
    return recordUnactioned(deps, providerKey, event, event.tenantId, event.type === "payment.updated" ? "unknown_payment" : "ignored");
  }
  if (isSetupPayment(payment)) return handleSetupWebhook(deps, providerKey, provider, event, payment);

  const truth = await provider.retrievePayment(payment.providerPaymentId!);
  const ctx: BillingContext = { db: deps.db, tenantId: payment.tenantId, clock: deps.clock, actor: null };
  let failure: RecordedFailure | null = null;
  const result = await processOnce(deps, providerKey, event, payment.tenantId, async (tx, now) => {
    const outcome = await applyProviderResult(tx, ctx, payment.id, truth);
    // Only a payment that was still pending: a synchronous decline was already counted by the job.
    if (outcome.previousStatus === "pending" && (outcome.status === "failed" || outcome.status === "canceled")) {
      failure = await recordAsyncCollectionFailure(tx, outcome.payment, now);
    }
    return { paymentStatus: outcome.status };
  });
  if (failure && deps.subscriptions) await notifyCollectionFailure(deps.db, deps.subscriptions, failure);
  return result;
}
