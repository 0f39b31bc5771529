import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { billingPeriod, cancelSubscription, grantReference, markInvoicePaid } from "../../../src";
import { createSubscriptionHarness, DAY, eventsNamed, operator, subscriptionOf, tenantId, walk, type SubscriptionHarness } from "./harness";

let h: SubscriptionHarness;

beforeAll(async () => {
  h = await createSubscriptionHarness("2026-01-31T09:00:00.000Z", {
    monthly: { interval: "month", prices: { EUR: 1900 }, tokenGrant: 100 },
    trial: { interval: "month", prices: { EUR: 900 }, trialDays: 14, tokenGrant: 500, tokenRollover: true },
  });
}, 60_000);
afterAll(() => h.close());

const cycleInvoices = (subscriptionId: string) =>
  h.db.invoice.findMany({ where: { subscriptionId, billingReason: "subscription_cycle" }, orderBy: { periodStart: "asc" }, include: { payments: true } });
const grantsOf = (subscriptionId: string) =>
  h.db.tokenLedgerEntry.findMany({ where: { kind: "grant", reference: { startsWith: `subscription:${subscriptionId}:` } }, orderBy: { createdAt: "asc" } });
const mailsTo = (template: string) => h.sent.filter((mail) => mail.template === template);

describe("a year of monthly renewals on the test clock", () => {
  it("creates 12 renewal invoices, charges each once, grants tokens per period, periods contiguous from the Jan 31 anchor", async () => {
    const id = await h.subscribe(h.customers.us, "monthly");
    await walk(h, new Date("2027-01-31T09:00:00Z"));
    const anchor = new Date("2026-01-31T09:00:00Z");
    const invoices = await cycleInvoices(id);
    expect(invoices).toHaveLength(12);
    invoices.forEach((invoice, index) => {
      const period = billingPeriod(anchor, "month", 1, index + 1);
      expect([invoice.periodStart?.toISOString(), invoice.periodEnd?.toISOString()]).toEqual([period.start.toISOString(), period.end.toISOString()]);
      expect(invoice).toMatchObject({ status: "paid", total: 1900, amountPaid: 1900 });
      expect(invoice.payments.map((payment) => payment.status)).toEqual(["succeeded"]);
    });
    expect(invoices.map((invoice) => invoice.periodStart!.toISOString().slice(0, 10))).toEqual([
      "2026-02-28",
      "2026-03-31",
      "2026-04-30",
      "2026-05-31",
      "2026-06-30",
      "2026-07-31",
      "2026-08-31",
      "2026-09-30",
      "2026-10-31",
      "2026-11-30",
      "2026-12-31",
      "2027-01-31",
    ]);
    // One grant per period (the first period's at activation, then one per renewal), each expiring with its period.
    const grants = await grantsOf(id);
    expect(grants).toHaveLength(13);
    expect(grants.map((grant) => grant.amount)).toEqual(Array(13).fill(100));
    expect(grants.map((grant) => grant.reference)).toEqual(
      Array.from({ length: 13 }, (_, index) => grantReference(id, billingPeriod(anchor, "month", 1, index).start)),
    );
    expect(grants.map((grant) => grant.expiresAt?.toISOString())).toEqual(
      Array.from({ length: 13 }, (_, index) => billingPeriod(anchor, "month", 1, index).end.toISOString()),
    );
    const subscription = await subscriptionOf(h, id);
    expect(subscription).toMatchObject({ status: "active", periodIndex: 12, dunningAttempts: 0, nextRetryAt: null });
    expect(
      (await eventsNamed(h.db, "subscription.renewed")).filter((event) => (event.payload as { subscriptionId: string }).subscriptionId === id),
    ).toHaveLength(12);
    // Nothing more happens until the next period end.
    await walk(h, new Date("2027-02-27T09:00:00Z"));
    expect(await cycleInvoices(id)).toHaveLength(12);
  }, 180_000);
});

describe("a trial, a failed renewal and dunning", () => {
  it("walks trialing → active → past_due → (retries) → active, with trial_will_end once, 3 days before", async () => {
    h.clock.set("2027-03-01T12:00:00Z");
    const userId = h.customers.de;
    const id = await h.subscribe(userId, "trial");
    // As if a card was saved with the trial signup (a SetupIntent at Stripe).
    await h.db.paymentMethod.create({ data: { tenantId, userId, provider: "fake", providerMethodId: "pm_trial", isDefault: true } });
    const statuses: string[] = [];
    const track = async () => {
      const status = (await subscriptionOf(h, id)).status;
      if (statuses.at(-1) !== status) statuses.push(status);
    };
    await track();
    const trialEnd = new Date("2027-03-15T12:00:00Z");
    const reminders = async () =>
      (await eventsNamed(h.db, "subscription.trial_will_end")).filter((event) => (event.payload as { subscriptionId: string }).subscriptionId === id);
    await walk(h, new Date(trialEnd.getTime() - 3 * DAY - 1000), 3600_000);
    expect(await reminders()).toHaveLength(0);
    await walk(h, new Date(trialEnd.getTime() - 3 * DAY), 3600_000);
    expect(await reminders()).toHaveLength(1);
    expect((await reminders())[0]!.payload).toMatchObject({ trialEnd: trialEnd.toISOString() });
    await walk(h, trialEnd, 3600_000);
    await track();
    expect(await reminders()).toHaveLength(1);
    expect(await subscriptionOf(h, id)).toMatchObject({ status: "active", periodIndex: 0 });

    // The second paid period's charge is declined, and the first retry too; the second retry succeeds.
    await walk(h, new Date("2027-04-14T12:00:00Z"));
    h.provider.mode = "decline";
    await walk(h, new Date("2027-04-15T12:00:00Z"), 3600_000);
    await track();
    const failed = await subscriptionOf(h, id);
    expect(failed).toMatchObject({ status: "past_due", dunningAttempts: 1 });
    expect(failed.nextRetryAt?.toISOString()).toBe("2027-04-16T12:00:00.000Z");
    expect(mailsTo("payment-failed")).toHaveLength(1);
    expect(mailsTo("payment-failed")[0]).toMatchObject({
      to: "ada@example.test",
      locale: "de",
      data: { planName: "Trial", url: "https://shop.test/account/billing" },
    });
    await walk(h, new Date("2027-04-16T12:00:00Z"), 3600_000);
    expect(await subscriptionOf(h, id)).toMatchObject({ status: "past_due", dunningAttempts: 2 });
    expect((await subscriptionOf(h, id)).nextRetryAt?.toISOString()).toBe("2027-04-18T12:00:00.000Z");
    h.provider.mode = "succeed";
    await walk(h, new Date("2027-04-18T12:00:00Z"), 3600_000);
    await track();
    expect(await subscriptionOf(h, id)).toMatchObject({ status: "active", dunningAttempts: 0, nextRetryAt: null });
    const invoice = (await cycleInvoices(id)).find((row) => row.periodStart?.toISOString() === "2027-04-15T12:00:00.000Z")!;
    expect(invoice.status).toBe("paid");
    expect(invoice.payments.map((payment) => payment.status)).toEqual(["failed", "failed", "succeeded"]);
    expect(statuses).toEqual(["trialing", "active", "past_due", "active"]);
    // Tokens of the recovered period are granted once, on payment.
    const grants = await grantsOf(id);
    expect(grants.map((grant) => grant.reference)).toContain(grantReference(id, new Date("2027-04-15T12:00:00Z")));
    expect(new Set(grants.map((grant) => grant.reference)).size).toBe(grants.length);
    await walk(h, new Date("2027-06-15T12:00:00Z"));
    expect(await subscriptionOf(h, id)).toMatchObject({ status: "active", periodIndex: 3 });
    expect(mailsTo("payment-failed")).toHaveLength(2);
  }, 180_000);

  it("cancels for non-payment after the configured retries (1, 3, 5, 7 days)", async () => {
    h.clock.set("2027-07-01T00:00:00Z");
    // Only this subscription is declined: end the earlier tests' ones first.
    for (const other of await h.db.subscription.findMany({ where: { status: "active" } })) {
      await cancelSubscription(h.ctx(operator()), { subscriptionId: other.id, atPeriodEnd: false });
    }
    const id = await h.subscribe(h.customers.us, "monthly");
    h.provider.mode = "decline";
    const retries: string[] = [];
    try {
      for (const day of ["2027-08-01", "2027-08-02", "2027-08-04", "2027-08-06"]) {
        await walk(h, new Date(`${day}T00:00:00Z`), 3600_000);
        retries.push((await subscriptionOf(h, id)).nextRetryAt!.toISOString().slice(0, 10));
      }
      expect(retries).toEqual(["2027-08-02", "2027-08-04", "2027-08-06", "2027-08-08"]);
      await walk(h, new Date("2027-08-08T00:00:00Z"), 3600_000);
    } finally {
      h.provider.mode = "succeed";
    }
    const subscription = await subscriptionOf(h, id);
    expect(subscription).toMatchObject({ status: "canceled", dunningAttempts: 5, nextRetryAt: null });
    expect(subscription.endedAt?.toISOString()).toBe("2027-08-08T00:00:00.000Z");
    const canceledMails = mailsTo("subscription-canceled-nonpayment");
    expect(canceledMails).toHaveLength(1);
    expect(canceledMails[0]).toMatchObject({ to: "bob@example.test", data: { planName: "Monthly", amount: "€19.00" } });
    const invoice = (await cycleInvoices(id))[0]!;
    expect(invoice.payments).toHaveLength(5);
    // Nothing renews a canceled subscription.
    await walk(h, new Date("2027-09-02T00:00:00Z"));
    expect(await cycleInvoices(id)).toHaveLength(1);
  }, 180_000);

  it("ends as unpaid when configured so, and an operator's 'mark paid' reactivates it", async () => {
    await h.db.billingSettings.update({ where: { tenantId }, data: { dunningFinalStatus: "unpaid", dunningRetryDays: [2] } });
    h.clock.set("2027-10-01T00:00:00Z");
    const id = await h.subscribe(h.customers.us, "monthly");
    h.provider.mode = "decline";
    await walk(h, new Date("2027-11-03T00:00:00Z"), 6 * 3600_000).finally(() => (h.provider.mode = "succeed"));
    expect(await subscriptionOf(h, id)).toMatchObject({ status: "unpaid", dunningAttempts: 2, nextRetryAt: null });
    expect(mailsTo("subscription-unpaid")).toHaveLength(1);
    // Unpaid subscriptions don't renew.
    await walk(h, new Date("2027-12-02T00:00:00Z"));
    const invoices = await cycleInvoices(id);
    expect(invoices).toHaveLength(1);
    await markInvoicePaid(h.ctx(operator()), invoices[0]!.id, { reference: "bank transfer" });
    expect(await subscriptionOf(h, id)).toMatchObject({ status: "active", dunningAttempts: 0 });
    await h.db.billingSettings.update({ where: { tenantId }, data: { dunningFinalStatus: "canceled", dunningRetryDays: [1, 3, 5, 7] } });
  }, 180_000);
});
