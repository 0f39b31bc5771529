/**
 * Receipts go out exactly once per event, and an operator can have a copy of each: a mail that
 * fails is retried without re-sending what already went out (the customer's receipt when only the
 * copy failed), and the "send a copy of receipts to" billing setting is validated and used.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "@tillbox/config";
import { createTestClock } from "@tillbox/core";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { createMailer, setMailer, type TillboxMailer } from "@tillbox/email";
import { setBillingClock } from "../../src/billing-context";
import { payOnSandboxPage, setupShop, signedIn } from "./done-when-helpers";
import { billingMail, eventRelay } from "./receipt-helpers";

const clock = createTestClock(new Date("2026-03-02T10:00:00.000Z"));
const BOOKS = "books@example.test";

let t: TestDb;
let shop: Awaited<ReturnType<typeof setupShop>>;
let ada: Awaited<ReturnType<typeof signedIn>>;
let admin: Awaited<ReturnType<typeof signedIn>>;
let relay: ReturnType<typeof eventRelay>;

beforeAll(async () => {
  t = await createTestDb();
  setBillingClock(clock);
  shop = await setupShop(t.db);
  [ada, admin] = [await signedIn(t.db, "user", "ada@example.test"), await signedIn(t.db, "admin", "ops@example.test")];
  relay = eventRelay(t.db);
});
afterAll(async () => {
  setBillingClock(undefined);
  setMailer(undefined);
  await t.close();
});

/** The dev mailbox, except that the first message to `failFor` throws, as an SMTP server that is down would. */
function mailerFailingOnceFor(failFor: string): TillboxMailer {
  const inner = createMailer({ db: t.db, env: parseEnv({ NODE_ENV: "development" }), log: () => {} });
  let failed = false;
  return {
    ...inner,
    async send(message) {
      if (message.to === failFor && !failed) {
        failed = true;
        throw new Error("421 service not available");
      }
      return inner.send(message);
    },
  };
}

async function buyBundle(key: string) {
  const started = await ada.caller.billing.checkout.create({
    currency: "EUR",
    items: [{ kind: "token_bundle", bundleId: shop.bundles["tokens-1000"]! }],
    provider: "sandbox",
    idempotencyKey: key,
  });
  await payOnSandboxPage(ada.caller, started, "4242 4242 4242 4242");
  return started;
}

const receiptDeliveries = () => t.db.eventDelivery.findMany({ where: { functionId: "billing-receipt-invoice-paid" }, orderBy: { createdAt: "asc" } });

describe("the operator's copy of receipts", () => {
  it("is a validated, optional billing setting", async () => {
    await expect(admin.caller.billing.settings.update({ receiptCopyTo: "books at example" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("receiptCopyTo"),
    });
    await expect(admin.caller.billing.settings.update({ receiptCopyTo: "a@example.test, b@example.test" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await admin.caller.billing.settings.update({ receiptCopyTo: " Books@Example.TEST " })).toMatchObject({ receiptCopyTo: BOOKS });
    expect(await admin.caller.billing.settings.update({ receiptCopyTo: "" })).toMatchObject({ receiptCopyTo: null });
    expect((await admin.caller.billing.settings.get()).receiptCopyTo).toBeNull();
  });

  it("goes out as its own mail beside the customer's receipt; without the setting there is none", async () => {
    await buyBundle("no-copy");
    await relay.tick();
    expect((await billingMail(t.db)).map((mail) => mail.to)).toEqual(["ada@example.test"]);

    await admin.caller.billing.settings.update({ receiptCopyTo: BOOKS });
    const started = await buyBundle("with-copy");
    await relay.tick();
    const [customer, copy] = (await billingMail(t.db)).slice(1);
    expect(customer).toMatchObject({ to: "ada@example.test", template: "receipt-purchase" });
    expect(copy).toMatchObject({ to: BOOKS, template: "receipt-purchase", locale: "en", subject: customer!.subject });
    expect(copy!.text).toContain("A copy of the email sent to ada@example.test.");
    expect(copy!.text).toContain(`/account/invoices/${started.invoiceId}/pdf`);
  });
});

describe("a receipt per event, exactly once", () => {
  it("retries a failed copy without mailing the customer again", async () => {
    setMailer(mailerFailingOnceFor(BOOKS));
    const before = (await billingMail(t.db)).length;
    await buyBundle("copy-fails");
    expect(await relay.tick()).toMatchObject({ retried: 1, succeeded: 0 });
    expect((await billingMail(t.db)).slice(before).map((mail) => mail.to)).toEqual(["ada@example.test"]);
    expect(await relay.tick()).toMatchObject({ succeeded: 1 });
    await relay.tick();
    expect((await billingMail(t.db)).slice(before).map((mail) => mail.to)).toEqual(["ada@example.test", BOOKS]);
    expect((await receiptDeliveries()).at(-1)).toMatchObject({ status: "succeeded", attempts: 2 });
  });

  it("retries a receipt the mail server refused, and then sends it once", async () => {
    setMailer(mailerFailingOnceFor("ada@example.test"));
    const before = (await billingMail(t.db)).length;
    await buyBundle("customer-fails");
    await relay.tick();
    expect(await billingMail(t.db)).toHaveLength(before);
    await relay.tick();
    await relay.tick();
    expect((await billingMail(t.db)).slice(before).map((mail) => mail.to)).toEqual(["ada@example.test", BOOKS]);
    expect((await receiptDeliveries()).at(-1)).toMatchObject({ status: "succeeded", attempts: 2 });
  });
});
