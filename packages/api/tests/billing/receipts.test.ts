/**
 * Receipts through the API and the app's event functions (in-process transport, dev mailbox): a
 * purchase, the renewal the job charges, a paid plan change, a downgrade scheduled for the period
 * end and a refund each mail the customer once, in their language, with the amount, what was
 * bought, the invoice number and the portal link to its PDF; a trial's 0 invoice mails nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestClock, runDueRenewals } from "@tillbox/core";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { setMailer } from "@tillbox/email";
import { setBillingClock } from "../../src/billing-context";
import { subscriptionDepsFor } from "../../src/subscription-deps";
import { payOnSandboxPage, setupShop, signedIn } from "./done-when-helpers";
import { billingMail, eventRelay } from "./receipt-helpers";

const DAY = 86_400_000;
const T0 = new Date("2026-03-02T10:00:00.000Z");
const clock = createTestClock(T0);
const CARD = "4242 4242 4242 4242";
const pdfLink = (invoiceId: string) => `http://localhost:3000/account/invoices/${invoiceId}/pdf`;

let t: TestDb;
let shop: Awaited<ReturnType<typeof setupShop>>;
let ada: Awaited<ReturnType<typeof signedIn>>;
let hans: Awaited<ReturnType<typeof signedIn>>;
let admin: Awaited<ReturnType<typeof signedIn>>;
let relay: ReturnType<typeof eventRelay>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestDb();
  setBillingClock(clock);
  shop = await setupShop(t.db);
  [ada, hans, admin] = [
    await signedIn(t.db, "user", "ada@example.test"),
    await signedIn(t.db, "user", "hans@example.test"),
    await signedIn(t.db, "admin", "ops@example.test"),
  ];
  await t.db.user.update({ where: { id: hans.id }, data: { locale: "de-DE" } });
  relay = eventRelay(t.db);
});
afterAll(async () => {
  setBillingClock(undefined);
  setMailer(undefined);
  await t.close();
});

describe("billing mail after the money moved", () => {
  it("mails a German customer's purchase receipt in German, once", async () => {
    const started = await hans.caller.billing.checkout.create({
      currency: "EUR",
      items: [{ kind: "token_bundle", bundleId: shop.bundles["tokens-1000"]! }],
      provider: "sandbox",
      idempotencyKey: "hans-bundle",
    });
    await payOnSandboxPage(hans.caller, started, CARD);
    ids.bundle = started.invoiceId;
    await relay.tick();
    await relay.tick();
    const mails = await billingMail(t.db);
    expect(mails.map((mail) => [mail.to, mail.template, mail.locale])).toEqual([["hans@example.test", "receipt-purchase", "de"]]);
    expect(mails[0]!.subject).toBe(`Deine Quittung für Rechnung ${started.invoiceNumber}`);
    // €5.00 + 19 % VAT, as a German reader writes amounts.
    expect(mails[0]!.text).toContain("1,000 tokens (1000 tokens) — 5,00 €");
    expect(mails[0]!.text).toContain("Bezahlt: 5,95 €");
    expect(mails[0]!.text).toContain("Enthaltene Steuer: 0,95 €");
    expect(mails[0]!.text).toContain(pdfLink(started.invoiceId));
  });

  it("mails nothing for a trial's 0 invoice, then a renewal receipt when the job charges the card", async () => {
    const started = await ada.caller.billing.checkout.create({
      currency: "EUR",
      items: [{ kind: "plan", planId: shop.plans.starter! }],
      provider: "sandbox",
      idempotencyKey: "ada-starter",
    });
    await payOnSandboxPage(ada.caller, started, CARD);
    await relay.tick();
    expect(await billingMail(t.db, "ada@example.test")).toEqual([]);

    clock.set(new Date(T0.getTime() + 14 * DAY + 3_600_000));
    await runDueRenewals({ db: t.db, clock }, await subscriptionDepsFor(t.db));
    const renewal = await t.db.invoice.findFirstOrThrow({ where: { userId: ada.id, billingReason: "subscription_cycle" } });
    expect(renewal).toMatchObject({ status: "paid", total: 1071 });
    await relay.tick();
    const mails = await billingMail(t.db, "ada@example.test");
    expect(mails.map((mail) => [mail.template, mail.locale])).toEqual([["receipt-renewal", "en"]]);
    expect(mails[0]!.subject).toBe(`Your subscription was renewed: receipt for invoice ${renewal.number}`);
    expect(mails[0]!.text).toMatch(/Starter \(.+\) — €9\.00/);
    expect(mails[0]!.text).toContain("Total paid: €10.71");
    expect(mails[0]!.text).toContain(pdfLink(renewal.id));
  });

  it("mails a plan-change receipt for a paid upgrade, and confirms a downgrade scheduled for the period end", async () => {
    clock.advance(5 * DAY);
    const [subscription] = await ada.caller.billing.subscriptions.mine();
    const preview = await ada.caller.billing.subscriptions.previewChange({
      subscriptionId: subscription!.id,
      toPlanId: shop.plans.pro!,
      behavior: "always_invoice",
    });
    const upgrade = await ada.caller.billing.subscriptions.change({
      subscriptionId: subscription!.id,
      toPlanId: shop.plans.pro!,
      behavior: "always_invoice",
      prorationDate: new Date(preview.prorationDate),
      idempotencyKey: "ada-upgrade",
    });
    expect(upgrade).toMatchObject({ status: "applied" });
    const downgrade = await ada.caller.billing.subscriptions.previewChange({ subscriptionId: subscription!.id, toPlanId: shop.plans.starter! });
    expect(
      await ada.caller.billing.subscriptions.change({
        subscriptionId: subscription!.id,
        toPlanId: shop.plans.starter!,
        behavior: "always_invoice",
        prorationDate: new Date(downgrade.prorationDate),
        idempotencyKey: "ada-downgrade",
      }),
    ).toMatchObject({ status: "scheduled" });
    await relay.tick();

    const [, change, scheduled] = await billingMail(t.db, "ada@example.test");
    const invoice = await t.db.invoice.findUniqueOrThrow({ where: { id: upgrade.invoiceId! } });
    expect(change).toMatchObject({ template: "receipt-plan-change", subject: `Your plan change: receipt for invoice ${invoice.number}` });
    expect(change!.text).toContain(`Total paid: €${(invoice.total / 100).toFixed(2)}`);
    expect(change!.text).toContain(pdfLink(invoice.id));
    const periodEnd = (await t.db.subscription.findUniqueOrThrow({ where: { id: subscription!.id } })).currentPeriodEnd;
    const date = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" }).format(periodEnd);
    expect(scheduled).toMatchObject({ template: "plan-change-scheduled", subject: `Your plan changes to Starter on ${date}` });
    expect(scheduled!.text).toContain("from Pro to Starter");
    expect(await billingMail(t.db, "ada@example.test")).toHaveLength(3);
  });

  it("mails the refund with its credit note, in German", async () => {
    const refund = await admin.caller.billing.payments.refund({ invoiceId: ids.bundle!, amount: 200, idempotencyKey: "refund-hans" });
    await relay.tick();
    const [, mail] = await billingMail(t.db, "hans@example.test");
    expect(mail).toMatchObject({ template: "receipt-refund", locale: "de" });
    expect(mail!.subject).toMatch(/^Deine Erstattung über 2,00 € für Rechnung INV-/);
    expect(mail!.text).toContain("1,000 tokens (1000 tokens) — 5,00 €");
    expect(mail!.text).toContain(`Gutschrift ${refund.creditNoteNumber}: http://localhost:3000/account/credit-notes/${refund.creditNoteId}/pdf`);
    expect(mail!.text).toContain(pdfLink(ids.bundle!));
  });
});
