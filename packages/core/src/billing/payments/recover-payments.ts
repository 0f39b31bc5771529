import type { Db } from "@tillbox/db";
import type { Clock } from "../clock";
import type { BillingContext } from "../context";
import { executePayment, settlePayment, type PaymentDeps } from "./charge-invoice";
import { LIVE_PAYMENT_STATUSES } from "./live-attempts";

const HOUR_MS = 60 * 60_000;
/** Providers keep idempotency keys for a day (Stripe: 24 h): a lost call is asked again only inside that window. */
const REASK_WINDOW_MS = 23 * HOUR_MS;
/** A payment still live after this long is left to webhooks and the customer ("Pay now" reconciles it too). */
const GIVE_UP_AFTER_MS = 3 * 24 * HOUR_MS;

export interface RecoveryResult {
  checked: number;
  settled: number;
  canceled: number;
}

/**
 * The recovery sweep: asks the provider about live payments whose answer nobody recorded in time
 * (checkAfter passed): the process died after the provider call, a webhook never came, a
 * recording failed. With the provider's id it re-reads the payment (retrievePayment); without it
 * (the process died before saving it) it asks again with the stored request and the same
 * idempotency key, so the provider answers with the payment it made, if it made one, never a
 * second charge. Each answer is recorded like any other (settlePayment: fulfilled, or queued as
 * a payment issue). A payment is claimed by moving its checkAfter first, so two sweeps never ask
 * twice at once; one still live is looked at again an hour later, and not after three days.
 */
export async function recoverStalePayments(job: { db: Db; clock: Clock }, deps: PaymentDeps, batchSize = 50): Promise<RecoveryResult> {
  const now = job.clock.now();
  const due = await job.db.payment.findMany({
    where: { checkAfter: { lte: now }, status: { in: [...LIVE_PAYMENT_STATUSES] } },
    orderBy: { checkAfter: "asc" },
    take: batchSize,
    select: { id: true, tenantId: true, provider: true, providerPaymentId: true, createdAt: true, checkAfter: true },
  });
  const result: RecoveryResult = { checked: 0, settled: 0, canceled: 0 };
  for (const payment of due) {
    const age = now.getTime() - payment.createdAt.getTime();
    const next = age >= GIVE_UP_AFTER_MS ? null : new Date(now.getTime() + HOUR_MS);
    const claimed = await job.db.payment.updateMany({ where: { id: payment.id, checkAfter: payment.checkAfter }, data: { checkAfter: next } });
    const provider = deps.providers.get(payment.provider);
    if (claimed.count === 0 || !provider) continue;
    const ctx: BillingContext = { db: job.db, tenantId: payment.tenantId, clock: job.clock, actor: null };
    result.checked += 1;
    try {
      if (payment.providerPaymentId) {
        const outcome = await settlePayment(ctx, payment.id, await provider.retrievePayment(payment.providerPaymentId));
        if (!isLive(outcome.status)) result.settled += 1;
      } else if (age < REASK_WINDOW_MS) {
        const outcome = await executePayment(ctx, deps, payment.id);
        if (!isLive(outcome.status)) result.settled += 1;
      } else {
        // Past the provider's idempotency window without ever hearing back: nothing can be asked safely any more.
        const { count } = await job.db.payment.updateMany({
          where: { id: payment.id, providerPaymentId: null, status: "pending" },
          data: { status: "canceled", failureCode: "not_started", failureMessage: "The provider never confirmed this payment.", checkAfter: null },
        });
        result.canceled += count;
      }
    } catch (error) {
      console.error(`[billing] recovering payment ${payment.id} failed; the sweep tries again later:`, error);
    }
  }
  return result;
}

function isLive(status: string): boolean {
  return (LIVE_PAYMENT_STATUSES as readonly string[]).includes(status);
}
