import type { Prisma } from "@tillbox/db";
import type { BillingContext } from "../context";
import { LIVE_PAYMENT_STATUSES } from "./live-attempts";
import type { PaymentProvider, ProviderSetupResult, ProviderWebhookEvent } from "./provider-contract";
import { applySetupResult } from "./setup-payments";
import { processOnce, recordUnactioned, type WebhookDeps, type WebhookOutcome } from "./webhook-records";

const isOpen = (status: string) => (LIVE_PAYMENT_STATUSES as readonly string[]).includes(status);

/**
 * A verified, not yet seen payment.updated event naming a trial's setup (a zero-amount Payment):
 * a customer who finished 3-D Secure and closed the tab never comes back to capture, so the
 * provider's word settles it. The setup is re-read with retrieveSetup (the body is never trusted)
 * and recorded with applySetupResult in one transaction with the ProviderEvent row, exactly as
 * capture would record it. Only a final answer is applied: one still waiting on the customer
 * changes nothing. A setup already settled (by capture, or an earlier event) is not re-read, and a
 * later capture finds it settled and returns it as it is. A provider without retrieveSetup keeps
 * settling setups through capture only: its event is recorded and ignored.
 */
export async function handleSetupWebhook(
  deps: WebhookDeps,
  providerKey: string,
  provider: PaymentProvider,
  event: ProviderWebhookEvent,
  payment: Prisma.PaymentModel,
): Promise<WebhookOutcome> {
  if (!provider.retrieveSetup) return recordUnactioned(deps, providerKey, event, payment.tenantId, "ignored");
  const truth: ProviderSetupResult | null = isOpen(payment.status) ? await provider.retrieveSetup(payment.providerPaymentId!) : null;
  const ctx: BillingContext = { db: deps.db, tenantId: payment.tenantId, clock: deps.clock, actor: null };
  return processOnce(deps, providerKey, event, payment.tenantId, async (tx) => {
    const settled =
      truth && truth.status !== "requires_action"
        ? await applySetupResult(tx, ctx, payment.id, truth)
        : await tx.payment.findFirstOrThrow({ where: { id: payment.id, tenantId: payment.tenantId } });
    return { paymentStatus: settled.status };
  });
}
