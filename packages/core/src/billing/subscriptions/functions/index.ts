import { defineFunction, type RegisteredFunction } from "@tillbox/events";
import type { Db } from "@tillbox/db";
import { systemClock } from "../../clock";
import type { SubscriptionDeps } from "../deps";
import { runDunning } from "../dunning";
import { expireIncompleteSubscriptions } from "../expire-incomplete";
import { runDueRenewals } from "../renewals";
import { runTrialReminders } from "../trial-reminders";

/** Builds the providers and mailer when a run starts (the app knows the enabled plugins; core doesn't). */
export type SubscriptionDepsFactory = (db: Db) => SubscriptionDeps | Promise<SubscriptionDeps>;

/**
 * Core's scheduled billing jobs, on the system clock. No `plugin` field: core functions always
 * run (only plugin functions skip while their plugin is disabled). No function-level retries:
 * each job is idempotent and the next tick picks up whatever is still due.
 *
 * - renewals every 5 minutes: a renewal is due at a period end to the second, and 5 minutes late
 *   is invisible to customers while keeping the due-row query to 288 runs a day. The same run
 *   expires incomplete subscriptions (23 h rule; minutes of slack don't matter).
 * - dunning hourly: retries are scheduled in days, an hour of slack is nothing.
 * - trial reminders hourly: "3 days before" may arrive up to an hour late.
 */
export function createSubscriptionFunctions(depsFor: SubscriptionDepsFactory): RegisteredFunction[] {
  const job = (db: Db) => ({ db, clock: systemClock });
  return [
    {
      fn: defineFunction({ id: "billing-subscription-renewals", trigger: { cron: "*/5 * * * *" }, retries: 0 }, async ({ db }) => {
        const expired = await expireIncompleteSubscriptions(job(db));
        const renewed = await runDueRenewals(job(db), await depsFor(db));
        return { expired, renewed };
      }),
    },
    {
      fn: defineFunction({ id: "billing-subscription-dunning", trigger: { cron: "7 * * * *" }, retries: 0 }, async ({ db }) =>
        runDunning(job(db), await depsFor(db)),
      ),
    },
    {
      fn: defineFunction({ id: "billing-trial-reminders", trigger: { cron: "17 * * * *" }, retries: 0 }, async ({ db }) => runTrialReminders(job(db))),
    },
  ];
}
