import type { Db } from "@tillbox/db";
import { defineFunction, type RegisteredFunction } from "@tillbox/events";
import { systemClock } from "../clock";
import type { PaymentDeps } from "./charge-invoice";
import { retryDueFulfilments } from "./payment-issue-retry";
import { recoverStalePayments } from "./recover-payments";

/**
 * Every 5 minutes: the recovery sweep (payments whose provider answer was never recorded) and the
 * automatic retries of failed fulfilments. Each step is idempotent and claims its rows, so a run
 * that overlaps another, or dies halfway, only leaves work for the next tick.
 */
export function createPaymentRecoveryFunction(depsFor: (db: Db) => PaymentDeps | Promise<PaymentDeps>): RegisteredFunction {
  return {
    fn: defineFunction({ id: "billing-payment-recovery", trigger: { cron: "*/5 * * * *" }, retries: 0 }, async ({ db }) => {
      const job = { db, clock: systemClock };
      const payments = await recoverStalePayments(job, await depsFor(db));
      const fulfilments = await retryDueFulfilments(job);
      return { payments, fulfilments };
    }),
  };
}
