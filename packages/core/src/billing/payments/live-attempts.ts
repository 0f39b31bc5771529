import type { Tx } from "@tillbox/db";
import { DomainError } from "../../errors";
import type { BillingContext } from "../context";
import { settlePayment, type PaymentDeps } from "./charge-invoice";
import type { PaymentProviders } from "./provider-registry";

/** A payment the provider may still complete: the customer has not finished it, or the money is on its way. */
export const LIVE_PAYMENT_STATUSES = ["pending", "requires_action"] as const;

/** Live charges of an invoice (amount > 0: a zero-amount row is a trial's method setup, not a charge). */
export function liveAttempts(db: BillingContext["db"] | Tx, ctx: BillingContext, invoiceId: string) {
  return db.payment.findMany({
    where: { tenantId: ctx.tenantId, invoiceId, status: { in: [...LIVE_PAYMENT_STATUSES] }, amount: { gt: 0 } },
    orderBy: { createdAt: "asc" },
  });
}

/**
 * Before a customer starts a new payment for an invoice, asks the provider about every live attempt
 * (retrievePayment, recorded like a webhook would be): one the customer completed meanwhile pays the
 * invoice here, one the provider gave up on (expired hosted page, failed 3-D Secure) stops being live.
 * Outside any transaction (provider I/O). A provider that can't answer leaves the attempt live.
 */
export async function reconcileLiveAttempts(ctx: BillingContext, deps: PaymentDeps, invoiceId: string): Promise<void> {
  for (const attempt of await liveAttempts(ctx.db, ctx, invoiceId)) {
    const provider = attempt.providerPaymentId ? deps.providers.get(attempt.provider) : null;
    if (!provider || !attempt.providerPaymentId) continue;
    try {
      await settlePayment(ctx, attempt.id, await provider.retrievePayment(attempt.providerPaymentId));
    } catch (error) {
      console.error(`[billing] reconciling payment ${attempt.id} before a new one failed; it stays ${attempt.status}:`, error);
    }
  }
}

type Attempt = { id: string; provider: string; status: string; nextActionUrl: string | null };

/**
 * A pending payment through a provider that prints payment instructions on the invoice (bank
 * transfer) is an offer, not a charge in flight: nothing takes money without the customer acting
 * outside any API, so paying another way may replace it.
 */
function isOfflineOffer(attempt: Attempt, providers: PaymentProviders): boolean {
  return attempt.status === "pending" && !attempt.nextActionUrl && typeof providers.get(attempt.provider)?.invoiceInstructions === "function";
}

/**
 * What to do with the attempts still live after reconciliation, under the invoice lock. The provider
 * contract has no way to cancel a payment, so superseding a card or hosted-page attempt could let
 * the customer finish both (two charges, one invoice). Instead the same provider's attempt is handed
 * back (the customer continues it: card form, 3-D Secure, or the bank transfer already offered); a
 * bank-transfer offer is canceled when the customer pays another way; anything else — another
 * provider's page, a payment the provider is still processing — is refused until it settles.
 */
export async function resumeOrSupersede(
  tx: Tx,
  ctx: BillingContext,
  providers: PaymentProviders,
  attempts: Attempt[],
  providerKey: string,
): Promise<Attempt | null> {
  const resumable = attempts.find(
    (attempt) => attempt.provider === providerKey && ((attempt.status === "requires_action" && attempt.nextActionUrl) || isOfflineOffer(attempt, providers)),
  );
  if (resumable) return resumable;
  const blocking = attempts.find((attempt) => !isOfflineOffer(attempt, providers));
  if (blocking) {
    throw new DomainError(
      "PAYMENT_IN_PROGRESS",
      `A ${blocking.provider} payment for this invoice is still ${blocking.status.replace("_", " ")} (payment ${blocking.id}); finish it or wait until it settles before paying another way (field: provider).`,
      "CONFLICT",
    );
  }
  if (attempts.length > 0) {
    await tx.payment.updateMany({
      where: { tenantId: ctx.tenantId, id: { in: attempts.map((attempt) => attempt.id) }, status: "pending" },
      data: { status: "canceled", failureCode: "superseded", failureMessage: `Replaced by a ${providerKey} payment.` },
    });
  }
  return null;
}
