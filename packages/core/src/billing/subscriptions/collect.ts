import { DomainError } from "../../errors";
import type { BillingContext } from "../context";
import { chargeInvoice } from "../payments/charge-invoice";
import type { JobContext, SubscriptionDeps } from "./deps";
import { markCollectionFailed, notifyCollectionFailure } from "./collection-failure";
import { sendSubscriptionInvoice } from "./notify";
import { savedMethodOf } from "./saved-method";

/** A collection attempt decided inside a job's transaction and carried out after its commit. */
export interface Collection {
  tenantId: string;
  subscriptionId: string;
  invoiceId: string;
  /** 1 for the renewal's own charge, 2… for dunning retries. */
  attempt: number;
  /** When this attempt was due by the schedule (the retry schedule counts from it, not from run time). */
  scheduledAt: Date;
  /** charge: off-session charge of the saved method; send: email the invoice; check: a sent invoice's due date passed. */
  kind: "charge" | "send" | "check";
}

export type CollectionOutcome = "paid" | "pending" | "failed" | "sent";

/** Charges (or sends) outside any transaction, then records a failure for dunning. */
export async function collectRenewal(job: JobContext, deps: SubscriptionDeps, collection: Collection): Promise<CollectionOutcome> {
  const ctx: BillingContext = { db: job.db, tenantId: collection.tenantId, clock: job.clock, actor: null };
  if (collection.kind === "send") {
    await sendSubscriptionInvoice(job.db, deps, collection.invoiceId);
    return "sent";
  }
  if (collection.kind === "charge") {
    const subscription = await job.db.subscription.findUniqueOrThrow({ where: { id: collection.subscriptionId } });
    const outcome = await chargeInvoice(ctx, deps.payments, collection.invoiceId, {
      savedMethod: await savedMethodOf(job.db, subscription),
      offSession: true,
      // One key per attempt: a crashed and retried job never charges an attempt twice.
      idempotencyKey: `renewal:${collection.invoiceId}:attempt:${collection.attempt}`,
    }).catch((error: unknown) => ({ status: "failed" as const, failureCode: error instanceof DomainError ? error.code.toLowerCase() : "charge_error" }));
    if (outcome.status === "succeeded" || outcome.status === "paid") return "paid";
    // Asynchronous methods settle by webhook; dunning looks again at the next retry date.
    if (outcome.status === "pending") return "pending";
  }
  return recordCollectionFailure(job, deps, collection);
}

/** A failed attempt (own transaction, see markCollectionFailed), then the customer's email. */
export async function recordCollectionFailure(job: JobContext, deps: SubscriptionDeps, collection: Collection): Promise<CollectionOutcome> {
  const recorded = await job.db.$transaction((tx) => markCollectionFailed(tx, collection, job.clock.now()));
  if (!recorded) return "paid";
  await notifyCollectionFailure(job.db, deps, recorded);
  return "failed";
}
