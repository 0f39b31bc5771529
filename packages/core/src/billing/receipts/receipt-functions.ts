import type { Db } from "@tillbox/db";
import {
  coreEvents,
  defineFunction,
  type EventDefinition,
  type EventPayload,
  type RegisteredFunction,
  type StepTools,
  type TillboxEvent,
} from "@tillbox/events";
import { sendPaidInvoiceReceipt } from "./paid-invoice-receipt";
import { sendPlanChangeScheduled } from "./plan-change-notice";
import { sendRefundReceipt } from "./refund-receipt";
import type { ReceiptDeps } from "./send-receipt";

/** Builds the mailer and portal URL when a run starts (the app knows them; core doesn't). */
export type ReceiptDepsFactory = (db: Db) => ReceiptDeps | Promise<ReceiptDeps>;

type Sender<T> = (db: Db, deps: ReceiptDeps, step: StepTools, event: TillboxEvent<T>) => Promise<unknown>;

/**
 * Billing's customer mail after a purchase, renewal, plan change or refund, sent from the domain
 * events rather than inline: the mail goes out only once the change committed (the event exists
 * exactly then), a slow or failing mail server never holds up a payment, and a failure is retried
 * (default retries, backoff) and stays visible on the Events page. Each event is delivered to each
 * function once (event id = outbox id); within a run every mail is a step, so a retry never sends
 * one twice. No `plugin` field: core functions always run.
 */
export function createReceiptFunctions(depsFor: ReceiptDepsFactory): RegisteredFunction[] {
  function on<E extends EventDefinition>(id: string, event: E, send: Sender<EventPayload<E>>): RegisteredFunction {
    return {
      fn: defineFunction<EventPayload<E>>({ id, trigger: { event: event.name } }, async (ctx) => send(ctx.db, await depsFor(ctx.db), ctx.step, ctx.event)),
    };
  }
  return [
    on("billing-receipt-invoice-paid", coreEvents.invoicePaid, sendPaidInvoiceReceipt),
    on("billing-receipt-refund", coreEvents.paymentRefunded, sendRefundReceipt),
    on("billing-plan-change-scheduled-mail", coreEvents.subscriptionUpdated, sendPlanChangeScheduled),
  ];
}
