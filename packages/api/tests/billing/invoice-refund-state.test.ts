/**
 * Refunded invoices through the API queries both apps read (the customer's billing.invoices.mine
 * and .get, the operators' .list and .detail): a partial refund makes a paid invoice "partially
 * refunded" with the amount refunded and its credit note beside it, refunding the rest makes it
 * "refunded", and an invoice nobody refunded stays plain paid. Real PostgreSQL, the sandbox plugin.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestClock } from "@tillbox/core";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { setMailer } from "@tillbox/email";
import { setBillingClock } from "../../src/billing-context";
import { payOnSandboxPage, setupShop, signedIn } from "./done-when-helpers";

const clock = createTestClock(new Date("2026-03-02T10:00:00.000Z"));

let t: TestDb;
let shop: Awaited<ReturnType<typeof setupShop>>;
let ada: Awaited<ReturnType<typeof signedIn>>;
let admin: Awaited<ReturnType<typeof signedIn>>;

beforeAll(async () => {
  t = await createTestDb();
  setBillingClock(clock);
  shop = await setupShop(t.db);
  [ada, admin] = [await signedIn(t.db, "user", "ada@example.test"), await signedIn(t.db, "admin", "ops@example.test")];
});
afterAll(async () => {
  setBillingClock(undefined);
  setMailer(undefined);
  await t.close();
});

/** 1,000 tokens (€5.00 + 19 % VAT = €5.95) paid with the sandbox's good card. */
async function paidBundle(key: string) {
  const started = await ada.caller.billing.checkout.create({
    currency: "EUR",
    items: [{ kind: "token_bundle", bundleId: shop.bundles["tokens-1000"]! }],
    provider: "sandbox",
    idempotencyKey: key,
  });
  expect(await payOnSandboxPage(ada.caller, started, "4242 4242 4242 4242")).toMatchObject({ status: "succeeded", invoiceStatus: "paid" });
  return started.invoiceId;
}

/** The invoice as each of the four queries returns it. */
async function everyView(invoiceId: string) {
  const mine = (await ada.caller.billing.invoices.mine({})).items.find((item) => item.id === invoiceId)!;
  const listed = (await admin.caller.billing.invoices.list({ userId: ada.id })).items.find((item) => item.id === invoiceId)!;
  return [mine, await ada.caller.billing.invoices.get({ invoiceId }), listed, await admin.caller.billing.invoices.detail({ invoiceId })];
}

describe("an invoice's refund state", () => {
  it("is partially refunded after a partial refund, with the amount and its credit note; refunded once the rest goes back", async () => {
    const invoiceId = await paidBundle("bundle-refunded");
    const untouched = await paidBundle("bundle-kept");

    const first = await admin.caller.billing.payments.refund({ invoiceId, amount: 200, reason: "Goodwill", idempotencyKey: "refund-part" });
    for (const view of await everyView(invoiceId)) {
      expect(view).toMatchObject({ status: "paid", amountPaid: 595, amountRefunded: 200, refundState: "partially_refunded" });
      expect(view.creditNotes.map((note) => [note.id, note.number, note.amount, note.status])).toEqual([
        [first.creditNoteId, first.creditNoteNumber, 200, "issued"],
      ]);
    }

    const rest = await admin.caller.billing.payments.refund({ invoiceId, idempotencyKey: "refund-rest" });
    expect(rest.amount).toBe(395);
    for (const view of await everyView(invoiceId)) {
      expect(view).toMatchObject({ status: "paid", amountRefunded: 595, refundState: "refunded" });
      expect(view.creditNotes.map((note) => note.amount)).toEqual([200, 395]);
    }

    for (const view of await everyView(untouched)) expect(view).toMatchObject({ status: "paid", amountRefunded: 0, refundState: null, creditNotes: [] });
  });

  it("leaves unpaid invoices without a refund state", async () => {
    const started = await ada.caller.billing.checkout.create({
      currency: "EUR",
      items: [{ kind: "token_bundle", bundleId: shop.bundles["tokens-1000"]! }],
      provider: "sandbox",
      idempotencyKey: "bundle-open",
    });
    expect(await ada.caller.billing.invoices.get({ invoiceId: started.invoiceId })).toMatchObject({ status: "open", refundState: null });
  });
});
