import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { handleProviderWebhook } from "../../../src";
import { createSubscriptionHarness, DAY, eventsNamed, runJobs, subscriptionOf, type SubscriptionHarness } from "./harness";

let h: SubscriptionHarness;
beforeEach(async () => {
  h = await createSubscriptionHarness("2026-03-01T09:00:00.000Z", { monthly: { interval: "month", prices: { EUR: 1900 } } });
});
afterEach(() => h.close());

const RENEWAL = new Date("2026-04-01T09:00:00.000Z");
const renewalPayments = (subscriptionId: string) =>
  h.db.payment.findMany({
    where: { invoice: { subscriptionId, billingReason: "subscription_cycle" } },
    orderBy: { createdAt: "asc" },
    include: { invoice: true },
  });
const failureMails = () => h.sent.filter((mail) => mail.template === "payment-failed");

async function webhook(eventId: string, providerPaymentId: string, withMail = true) {
  const raw = JSON.stringify({ id: eventId, type: "payment.updated", providerPaymentId });
  const deps = { db: h.db, providers: h.deps.payments.providers, clock: h.clock, ...(withMail ? { subscriptions: h.deps } : {}) };
  return handleProviderWebhook(deps, "fake", { headers: h.provider.sign(raw), rawBody: raw });
}

describe("a renewal charge that fails later, by webhook", () => {
  it("moves the subscription to past_due with the retry schedule, like a synchronous decline; the retry then recovers it", async () => {
    const id = await h.subscribe(h.customers.us, "monthly");
    h.provider.mode = "pending";
    h.clock.set(RENEWAL);
    await runJobs(h);
    const [pending] = await renewalPayments(id);
    expect(pending).toMatchObject({ status: "pending", amount: 1900 });
    expect(await subscriptionOf(h, id)).toMatchObject({ status: "active", dunningAttempts: 0 });

    h.clock.set(new Date(RENEWAL.getTime() + 20 * 60_000));
    h.provider.completeAction(pending!.providerPaymentId!, "failed");
    expect(await webhook("evt_failed", pending!.providerPaymentId!)).toEqual({ eventId: "evt_failed", status: "processed", paymentStatus: "failed" });

    const pastDue = await subscriptionOf(h, id);
    // The first retry is one day after the failed attempt (dunningRetryDays [1, 3, 5, 7]), counted from when it was charged.
    expect(pastDue).toMatchObject({ status: "past_due", dunningAttempts: 1 });
    expect(pastDue.nextRetryAt?.toISOString()).toBe(new Date(pending!.createdAt.getTime() + DAY).toISOString());
    expect((await eventsNamed(h.db, "subscription.past_due")).map((event) => event.payload)).toEqual([
      { subscriptionId: id, userId: h.customers.us, invoiceId: pending!.invoiceId, attempt: 1, nextRetryAt: pastDue.nextRetryAt!.toISOString() },
    ]);
    expect(await eventsNamed(h.db, "payment.failed")).toHaveLength(1);
    expect(failureMails()).toHaveLength(1);

    // A replay changes nothing.
    expect((await webhook("evt_failed", pending!.providerPaymentId!)).status).toBe("duplicate");
    expect(await subscriptionOf(h, id)).toMatchObject({ dunningAttempts: 1 });

    h.provider.mode = "succeed";
    h.clock.set(pastDue.nextRetryAt!);
    await runJobs(h);
    expect(await subscriptionOf(h, id)).toMatchObject({ status: "active", dunningAttempts: 0, nextRetryAt: null });
    expect((await renewalPayments(id)).map((payment) => payment.status)).toEqual(["failed", "succeeded"]);
    expect((await renewalPayments(id))[1]!.invoice.status).toBe("paid");
  }, 60_000);

  it("a decline the job already counted is not counted again when its webhook arrives", async () => {
    const id = await h.subscribe(h.customers.us, "monthly");
    h.provider.mode = "decline";
    h.clock.set(RENEWAL);
    await runJobs(h);
    const [declined] = await renewalPayments(id);
    expect(await subscriptionOf(h, id)).toMatchObject({ status: "past_due", dunningAttempts: 1 });
    expect(failureMails()).toHaveLength(1);
    expect((await webhook("evt_late", declined!.providerPaymentId!)).paymentStatus).toBe("failed");
    expect(await subscriptionOf(h, id)).toMatchObject({ status: "past_due", dunningAttempts: 1 });
    expect(await eventsNamed(h.db, "subscription.past_due")).toHaveLength(1);
    expect(failureMails()).toHaveLength(1);
  }, 60_000);

  it("a first checkout payment that fails by webhook leaves the subscription incomplete (not a renewal)", async () => {
    h.provider.mode = "pending";
    const id = await h.subscribe(h.customers.us, "monthly");
    const payment = await h.db.payment.findFirstOrThrow({ where: { invoice: { subscriptionId: id } } });
    h.provider.completeAction(payment.providerPaymentId!, "failed");
    expect((await webhook("evt_first", payment.providerPaymentId!, false)).paymentStatus).toBe("failed");
    expect(await subscriptionOf(h, id)).toMatchObject({ status: "incomplete", dunningAttempts: 0 });
  }, 60_000);
});
