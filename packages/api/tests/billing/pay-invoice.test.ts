/**
 * billing.invoices.pay through the API with the real payments-sandbox plugin: a declined checkout
 * paid later from the portal (sandbox card page, then capture), another customer's invoice, an
 * idempotent replay, a past_due subscription brought back to active by paying its renewal
 * invoice, and the REST route POST /api/v1/invoices/{invoiceId}/pay with the Idempotency-Key header.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey, createTestClock, runDueRenewals } from "@tillbox/core";
import { setDb } from "@tillbox/db";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { setMailer } from "@tillbox/email";
import { createRateLimiter, setRateLimiter } from "@tillbox/rate-limit";
import { handleRestRequest } from "../../src";
import { allScopes } from "../../src/access";
import { setBillingClock } from "../../src/billing-context";
import { subscriptionDepsFor } from "../../src/subscription-deps";
import { restRequest } from "../rest/rest-fixtures";
import { payOnSandboxPage, setupShop, signedIn, tenantId } from "./done-when-helpers";

const DAY = 86_400_000;
const T0 = new Date("2026-03-02T10:00:00.000Z");
const clock = createTestClock(T0);
const DECLINE = "4000 0000 0000 0002";
const SUCCEED = "4242 4242 4242 4242";

let t: TestDb;
let shop: Awaited<ReturnType<typeof setupShop>>;
let ada: Awaited<ReturnType<typeof signedIn>>;
let bob: Awaited<ReturnType<typeof signedIn>>;

beforeAll(async () => {
  setRateLimiter(createRateLimiter({ policies: { api: { points: 0, durationSeconds: 60 } } }));
  t = await createTestDb();
  setDb(t.db);
  setBillingClock(clock);
  shop = await setupShop(t.db);
  [ada, bob] = [await signedIn(t.db, "user", "ada@example.test"), await signedIn(t.db, "user", "bob@example.test")];
});
afterAll(async () => {
  setBillingClock(undefined);
  setMailer(undefined);
  setRateLimiter(undefined);
  setDb(undefined);
  await t.close();
});

/** A token bundle bought with a card the sandbox declines: the invoice stays open. */
async function declinedBundle(owner: typeof ada, key: string) {
  const started = await owner.caller.billing.checkout.create({
    currency: "EUR",
    items: [{ kind: "token_bundle", bundleId: shop.bundles["tokens-1000"]! }],
    provider: "sandbox",
    idempotencyKey: key,
  });
  expect(started).toMatchObject({ status: "requires_action", invoiceStatus: "open" });
  expect(await payOnSandboxPage(owner.caller, started, DECLINE)).toMatchObject({ status: "failed", invoiceStatus: "open", failureCode: "card_declined" });
  return started;
}

describe("billing.invoices.pay", () => {
  it("pays a declined checkout's open invoice on the sandbox card page; replays its key; refuses the paid invoice and other customers", async () => {
    const open = await declinedBundle(ada, "bundle-declined");
    await expect(bob.caller.billing.invoices.pay({ invoiceId: open.invoiceId, provider: "sandbox", idempotencyKey: "bob-1" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    const before = (await ada.caller.billing.wallet.balance()).balance;
    const started = await ada.caller.billing.invoices.pay({ invoiceId: open.invoiceId, provider: "sandbox", idempotencyKey: "pay-1" });
    expect(started).toMatchObject({
      invoiceId: open.invoiceId,
      invoiceNumber: open.invoiceNumber,
      status: "requires_action",
      invoiceStatus: "open",
      nextActionUrl: expect.stringContaining("/checkout/sandbox-action?payment="),
    });
    expect(started.paymentId).not.toBe(open.paymentId);
    expect(await ada.caller.billing.invoices.pay({ invoiceId: open.invoiceId, provider: "sandbox", idempotencyKey: "pay-1" })).toEqual(started);

    expect(await payOnSandboxPage(ada.caller, started, SUCCEED)).toMatchObject({ status: "succeeded", invoiceStatus: "paid" });
    const invoice = await ada.caller.billing.invoices.get({ invoiceId: open.invoiceId });
    expect(invoice).toMatchObject({ status: "paid", amountPaid: invoice.total });
    // Identified by id: under the test's frozen clock both payments share createdAt, so their order is a tie.
    const statusById = Object.fromEntries(invoice.payments.map((payment) => [payment.id, payment.status]));
    expect(statusById).toEqual({ [open.paymentId!]: "failed", [started.paymentId!]: "succeeded" });
    expect((await ada.caller.billing.wallet.balance()).balance).toBe(before + 1000);

    await expect(ada.caller.billing.invoices.pay({ invoiceId: open.invoiceId, provider: "sandbox", idempotencyKey: "pay-2" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("already paid (field: invoiceId)"),
    });
  });

  it("resumes a checkout abandoned on the sandbox card page instead of charging twice, and refuses another provider meanwhile", async () => {
    const abandoned = await ada.caller.billing.checkout.create({
      currency: "EUR",
      items: [{ kind: "token_bundle", bundleId: shop.bundles["tokens-1000"]! }],
      provider: "sandbox",
      idempotencyKey: "bundle-abandoned",
    });
    expect(abandoned).toMatchObject({ status: "requires_action" });
    const resumed = await ada.caller.billing.invoices.pay({ invoiceId: abandoned.invoiceId, provider: "sandbox", idempotencyKey: "resume-1" });
    expect(resumed).toMatchObject({ status: "requires_action", paymentId: abandoned.paymentId, nextActionUrl: abandoned.nextActionUrl });
    await expect(ada.caller.billing.invoices.pay({ invoiceId: abandoned.invoiceId, provider: "manual", idempotencyKey: "resume-2" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("still requires action"),
    });
    expect(await payOnSandboxPage(ada.caller, resumed, SUCCEED)).toMatchObject({ status: "succeeded", invoiceStatus: "paid" });
    expect((await ada.caller.billing.invoices.get({ invoiceId: abandoned.invoiceId })).payments).toHaveLength(1);
  });

  it("brings a past_due subscription back to active when its customer pays the failed renewal invoice", async () => {
    const trial = await bob.caller.billing.checkout.create({
      currency: "EUR",
      items: [{ kind: "plan", planId: shop.plans.starter! }],
      provider: "sandbox",
      idempotencyKey: "bob-starter",
    });
    // 0341 saves fine and then declines every renewal: dunning.
    expect(await payOnSandboxPage(bob.caller, trial, "4000 0000 0000 0341")).toMatchObject({ status: "succeeded" });
    clock.set(new Date(T0.getTime() + 15 * DAY));
    await runDueRenewals({ db: t.db, clock }, await subscriptionDepsFor(t.db));
    const pastDue = (await bob.caller.billing.subscriptions.mine())[0]!;
    expect(pastDue).toMatchObject({ status: "past_due", dunningAttempts: 1 });
    const renewal = await bob.caller.billing.invoices.get({ invoiceId: pastDue.latestInvoiceId! });
    expect(renewal).toMatchObject({ status: "open", billingReason: "subscription_cycle" });

    const started = await bob.caller.billing.invoices.pay({ invoiceId: renewal.id, provider: "sandbox", idempotencyKey: "bob-pays-renewal" });
    expect(started).toMatchObject({ status: "requires_action", subscriptionIds: [pastDue.id] });
    expect(await payOnSandboxPage(bob.caller, started, SUCCEED)).toMatchObject({ status: "succeeded", invoiceStatus: "paid" });
    const recovered = (await bob.caller.billing.subscriptions.mine())[0]!;
    expect(recovered).toMatchObject({ id: pastDue.id, status: "active", dunningAttempts: 0, nextRetryAt: null });
  });
});

describe("POST /api/v1/invoices/{invoiceId}/pay", () => {
  it("takes the Idempotency-Key header, answers checkout's outcome, replays it, and keeps other customers out", async () => {
    const open = await declinedBundle(ada, "bundle-declined-rest");
    const key = async (userId: string) =>
      (await createApiKey(t.db, { tenantId, actorId: userId, permissions: "all" }, { name: "rest pay", scopes: ["billing:read"] }, allScopes())).key;
    const [adaKey, bobKey] = [await key(ada.id), await key(bob.id)];
    const path = `/invoices/${open.invoiceId}/pay`;

    const missing = await handleRestRequest(restRequest(path, { method: "POST", key: adaKey, body: { provider: "sandbox" } }));
    expect(missing.status).toBe(400);
    expect((await missing.json()).error.fields).toHaveProperty("idempotencyKey");

    const stranger = await handleRestRequest(
      restRequest(path, { method: "POST", key: bobKey, body: { provider: "sandbox" }, headers: { "idempotency-key": "rest-bob" } }),
    );
    expect(stranger.status).toBe(404);
    expect((await stranger.json()).error.code).toBe("INVOICE_NOT_FOUND");

    const first = await handleRestRequest(
      restRequest(path, { method: "POST", key: adaKey, body: { provider: "sandbox" }, headers: { "idempotency-key": "rest-1" } }),
    );
    expect(first.status).toBe(200);
    const body = await first.json();
    expect(body).toMatchObject({
      invoiceId: open.invoiceId,
      status: "requires_action",
      nextActionUrl: expect.stringContaining("sandbox-action"),
      paymentId: expect.any(String),
    });
    const replay = await handleRestRequest(
      restRequest(path, { method: "POST", key: adaKey, body: { provider: "sandbox" }, headers: { "idempotency-key": "rest-1" } }),
    );
    expect(await replay.json()).toEqual(body);
    const reused = await handleRestRequest(
      restRequest(path, { method: "POST", key: adaKey, body: { provider: "manual" }, headers: { "idempotency-key": "rest-1" } }),
    );
    expect(reused.status).toBe(409);
    expect((await reused.json()).error.code).toBe("IDEMPOTENCY_KEY_REUSED");
  });
});
