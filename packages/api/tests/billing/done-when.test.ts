/**
 * Issue 4's "Done when", through the API (appRouter callers for a customer and an admin, the
 * payments-sandbox plugin, the demo catalogue, the scheduled jobs on a test clock): a trial bought
 * with a sandbox card, its renewal, an upgrade with proration, a failed renewal through dunning, a
 * partial refund and a token bundle — with the invoices, their PDFs and the token ledger checked.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { billingPeriod, createTestClock, runDueRenewals, runDunning, type SubscriptionDeps } from "@tillbox/core";
import { setMailer } from "@tillbox/email";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { setBillingClock } from "../../src/billing-context";
import { subscriptionDepsFor } from "../../src/subscription-deps";
import { euros, invoicePdf, payOnSandboxPage, roundDiv, setupShop, signedIn, tenantId, vat19 } from "./done-when-helpers";

const DAY = 86_400_000;
const T0 = new Date("2026-03-02T10:00:00.000Z");
const TRIAL_END = new Date(T0.getTime() + 14 * DAY);
const T1 = new Date(TRIAL_END.getTime() + 3_600_000);
const clock = createTestClock(T0);

let t: TestDb;
let shop: Awaited<ReturnType<typeof setupShop>>;
let ada: Awaited<ReturnType<typeof signedIn>>;
let bob: Awaited<ReturnType<typeof signedIn>>;
let admin: Awaited<ReturnType<typeof signedIn>>;
let deps: SubscriptionDeps;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestDb();
  setBillingClock(clock);
  shop = await setupShop(t.db);
  [ada, bob, admin] = [
    await signedIn(t.db, "user", "ada@example.test"),
    await signedIn(t.db, "user", "bob@example.test"),
    await signedIn(t.db, "admin", "ops@example.test"),
  ];
  deps = await subscriptionDepsFor(t.db);
});
afterAll(async () => {
  setBillingClock(undefined);
  setMailer(undefined);
  await t.close();
});

const job = () => ({ db: t.db, clock });
const invoice = (owner: typeof ada, invoiceId: string) => owner.caller.billing.invoices.get({ invoiceId });
const subscription = async (owner: typeof ada) => (await owner.caller.billing.subscriptions.mine())[0]!;
const methodOf = (userId: string) => t.db.paymentMethod.findFirstOrThrow({ where: { userId, isDefault: true } });

async function buyStarter(owner: typeof ada, card: string) {
  const started = await owner.caller.billing.checkout.create({
    currency: "EUR",
    items: [{ kind: "plan", planId: shop.plans.starter! }],
    provider: "sandbox",
    idempotencyKey: `starter-${owner.id}`,
  });
  expect(started).toMatchObject({ status: "requires_action", total: 0 });
  expect(await payOnSandboxPage(owner.caller, started, card)).toMatchObject({ status: "succeeded", invoiceStatus: "paid" });
  return started;
}

describe("Done when: the billing engine through the API", () => {
  it("(a) a sandbox-card purchase of Starter (14-day trial): trialing, card saved, a paid 0 invoice", async () => {
    const started = await buyStarter(ada, "4242 4242 4242 4242");
    ids.trialInvoice = started.invoiceId;
    const method = await methodOf(ada.id);
    expect(method).toMatchObject({ provider: "sandbox", last4: "4242", brand: "visa" });
    const sub = await subscription(ada);
    expect(sub).toMatchObject({ status: "trialing", planId: shop.plans.starter, paymentMethodId: method.id, collectionMethod: "charge_automatically" });
    expect(new Date(sub.trialEnd!).toISOString()).toBe(TRIAL_END.toISOString());
    expect(await invoice(ada, started.invoiceId)).toMatchObject({ status: "paid", total: 0, billingReason: "subscription_create" });

    await buyStarter(bob, "4000 0000 0000 0341");
    expect(await methodOf(bob.id)).toMatchObject({ last4: "0341" });
    expect(await subscription(bob)).toMatchObject({ status: "trialing" });
  });

  it("(b) after the trial the renewal job charges the saved card and grants the period's tokens", async () => {
    clock.set(T1);
    const before = (await ada.caller.billing.wallet.balance()).balance;
    await runDueRenewals(job(), deps);
    const sub = await subscription(ada);
    expect(sub).toMatchObject({ status: "active", periodIndex: 0 });
    const renewal = await invoice(ada, sub.latestInvoiceId!);
    ids.renewal = renewal.id;
    // Starter €9.00 + 19 % VAT, charged off-session on the saved card.
    expect(renewal).toMatchObject({ status: "paid", billingReason: "subscription_cycle", subtotal: 900, taxTotal: vat19(900), total: 900 + vat19(900) });
    expect(renewal.payments.map((payment) => [payment.status, payment.amount, payment.paymentMethodId])).toEqual([
      ["succeeded", 1071, (await methodOf(ada.id)).id],
    ]);
    expect((await ada.caller.billing.wallet.balance()).balance).toBe(before + 1000);
  });

  it("(d) a failed renewal (0341 declines saved charges) walks dunning on schedule, then ends canceled", async () => {
    const first = await subscription(bob);
    expect(first).toMatchObject({ status: "past_due", dunningAttempts: 1 });
    expect(new Date(first.nextRetryAt!).toISOString()).toBe(new Date(T1.getTime() + DAY).toISOString());
    const seen: [string, number, string | null][] = [];
    for (const day of [1, 3, 5, 7]) {
      clock.set(new Date(T1.getTime() + day * DAY));
      await runDunning(job(), deps);
      const sub = await t.db.subscription.findUniqueOrThrow({ where: { id: first.id } });
      seen.push([sub.status, sub.dunningAttempts, sub.nextRetryAt?.toISOString().slice(0, 10) ?? null]);
    }
    expect(seen).toEqual([
      ["past_due", 2, "2026-03-19"],
      ["past_due", 3, "2026-03-21"],
      ["past_due", 4, "2026-03-23"],
      ["canceled", 5, null],
    ]);
    const owed = await invoice(bob, first.latestInvoiceId!);
    expect(owed.status).toBe("open");
    expect(owed.payments.map((payment) => [payment.status, payment.failureCode])).toEqual(Array(5).fill(["failed", "card_declined"]));
  });

  it("(c) an upgrade to Pro with proration: applying the preview's prorationDate charges exactly the preview (Stripe's formula)", async () => {
    clock.set(new Date(T1.getTime() + 10 * DAY));
    const sub = await subscription(ada);
    const preview = await ada.caller.billing.subscriptions.previewChange({ subscriptionId: sub.id, toPlanId: shop.plans.pro!, behavior: "always_invoice" });
    // Independently: per-second fractions of the current period, one rounding per line, 19 % VAT per line.
    const period = billingPeriod(TRIAL_END, "month", 1, 0);
    const remaining = BigInt(period.end.getTime() - new Date(preview.prorationDate).getTime());
    const length = BigInt(period.end.getTime() - period.start.getTime());
    const credit = -roundDiv(900n * remaining, length);
    const charge = roundDiv(2900n * remaining, length);
    const expected = credit + charge + vat19(credit) + vat19(charge);
    expect(preview.lines.map((line) => line.amount)).toEqual([credit, charge]);
    expect(preview.total).toBe(expected);

    clock.set(new Date(clock.now().getTime() + 90_000));
    const applied = await ada.caller.billing.subscriptions.change({
      subscriptionId: sub.id,
      toPlanId: shop.plans.pro!,
      behavior: "always_invoice",
      prorationDate: new Date(preview.prorationDate),
      idempotencyKey: "upgrade-1",
    });
    expect(applied).toMatchObject({ status: "applied", amountDue: expected });
    const charged = await invoice(ada, applied.invoiceId!);
    ids.upgrade = charged.id;
    expect(charged).toMatchObject({ status: "paid", billingReason: "subscription_update", total: expected, amountPaid: expected });
    expect(charged.payments.map((payment) => [payment.status, payment.amount])).toEqual([["succeeded", expected]]);
    expect(await subscription(ada)).toMatchObject({ planId: shop.plans.pro, status: "active" });
  });

  it("(e) a partial refund of the paid renewal goes back through the sandbox with a credit note", async () => {
    const refund = await admin.caller.billing.payments.refund({ invoiceId: ids.renewal!, amount: 500, reason: "Goodwill", idempotencyKey: "refund-1" });
    // The refunded slice carries its share of the VAT: round(171 × 500 / 1071).
    expect(refund).toMatchObject({ status: "succeeded", amount: 500, currency: "EUR", taxAmount: roundDiv(171n * 500n, 1071n) });
    const renewal = await invoice(ada, ids.renewal!);
    expect(renewal).toMatchObject({ status: "paid", amountRefunded: 500 });
    expect(renewal.creditNotes.map((note) => [note.number, note.amount, note.taxAmount])).toEqual([[refund.creditNoteNumber, 500, refund.taxAmount]]);
    const sandbox = await t.db.paymentsSandboxRefund.findMany();
    expect(sandbox.map((row) => row.amount)).toEqual([500]);
  });

  it("(f) a token bundle bought with the sandbox card lands in the ledger as a purchase", async () => {
    const before = (await ada.caller.billing.wallet.balance()).balance;
    const started = await ada.caller.billing.checkout.create({
      currency: "EUR",
      items: [{ kind: "token_bundle", bundleId: shop.bundles["tokens-1000"]! }],
      provider: "sandbox",
      idempotencyKey: "bundle-1",
    });
    expect(started).toMatchObject({ status: "requires_action", total: 500 + vat19(500) });
    expect(await payOnSandboxPage(ada.caller, started, "4242424242424242")).toMatchObject({ status: "succeeded", invoiceStatus: "paid" });
    ids.bundle = started.invoiceId;
    const entry = await t.db.tokenLedgerEntry.findFirstOrThrow({ where: { wallet: { userId: ada.id }, kind: "purchase" } });
    expect(entry).toMatchObject({ amount: 1000, reference: started.invoiceId });
    expect((await ada.caller.billing.wallet.balance()).balance).toBe(before + 1000);
  });

  it("every paid invoice renders as a PDF with its number and total; the ledger sums to the balance", async () => {
    for (const key of ["trialInvoice", "renewal", "upgrade", "bundle"]) {
      const paid = await invoice(ada, ids[key]!);
      expect(paid.status).toBe("paid");
      const { text, lines } = await invoicePdf(ada, paid.id);
      expect(text).toContain(paid.number!);
      expect(lines).toContain(`Total ${euros(paid.total)}`);
    }
    expect((await invoicePdf(ada, ids.renewal!)).lines).toContain(`Refunded ${euros(500)}`);
    for (const owner of [ada, bob]) {
      const entries = await t.db.tokenLedgerEntry.findMany({ where: { tenantId, wallet: { userId: owner.id } } });
      const sum = entries.reduce((total, entry) => total + entry.amount, 0);
      expect((await owner.caller.billing.wallet.balance()).balance).toBe(sum);
      expect(sum).toBeGreaterThanOrEqual(0);
    }
  });
});
