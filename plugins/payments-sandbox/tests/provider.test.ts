import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { failChallenge, submitCard } from "../server/card-form";
import { createSandboxProvider } from "../server/provider";
import { paymentInput, setupSandbox, type SandboxSetup } from "./helpers/setup";

let setup: SandboxSetup;
beforeEach(async () => {
  process.env.WEB_URL = "https://shop.example";
  setup = await setupSandbox();
});
afterEach(async () => {
  delete process.env.WEB_URL;
  await setup.close();
});

const saved = (methodId: string) => ({ providerMethodId: methodId, providerCustomerId: "sbx_cus_user_1" });

describe("sandbox provider: checkout with the card form", () => {
  it("starts without a card and sends the customer to the sandbox page", async () => {
    const result = await setup.provider.createPayment(paymentInput());
    expect(result.status).toBe("requires_action");
    expect(result.providerPaymentId).toMatch(/^sbx_pay_/);
    expect(result.nextActionUrl).toBe(`https://shop.example/checkout/sandbox-action?payment=${result.providerPaymentId}`);
    expect(await setup.provider.capturePayment({ providerPaymentId: result.providerPaymentId, idempotencyKey: "c1" })).toMatchObject({
      status: "requires_action",
    });
  });

  it("4242 succeeds, captures the exact amount and saves the card when asked", async () => {
    const created = await setup.provider.createPayment(paymentInput({ amount: 12_345, savePaymentMethod: true }));
    await submitCard(setup.db, "user_1", { paymentId: created.providerPaymentId, cardNumber: "4242 4242 4242 4242" });
    // A fresh provider instance (another process) reads the same stored truth.
    const retrieved = await createSandboxProvider({ db: setup.db }).retrievePayment(created.providerPaymentId);
    expect(retrieved).toMatchObject({ status: "succeeded", amountCaptured: 12_345, currency: "EUR", nextActionUrl: null });
    expect(retrieved.savedMethod).toEqual({
      providerMethodId: "sbx_pm_4242_user_1",
      providerCustomerId: "sbx_cus_user_1",
      brand: "visa",
      last4: "4242",
      expMonth: 12,
      expYear: 2099,
    });
  });

  it("0002 declines with card_declined and captures nothing", async () => {
    const created = await setup.provider.createPayment(paymentInput());
    const result = await submitCard(setup.db, "user_1", { paymentId: created.providerPaymentId, cardNumber: "4000000000000002" });
    expect(result).toMatchObject({ status: "failed", failureCode: "card_declined", amountCaptured: 0, savedMethod: null });
    expect((await setup.provider.capturePayment({ providerPaymentId: created.providerPaymentId, idempotencyKey: "c" })).status).toBe("failed");
  });

  it("3184 needs action; capture after the challenge succeeds, a failed challenge fails", async () => {
    const first = await setup.provider.createPayment(paymentInput());
    const challenged = await submitCard(setup.db, "user_1", { paymentId: first.providerPaymentId, cardNumber: "4000 0027 6000 3184" });
    expect(challenged).toMatchObject({ status: "requires_action", nextActionUrl: expect.stringContaining(first.providerPaymentId) });
    expect(await setup.provider.capturePayment({ providerPaymentId: first.providerPaymentId, idempotencyKey: "c1" })).toMatchObject({
      status: "succeeded",
      amountCaptured: 2_900,
    });

    const second = await setup.provider.createPayment(paymentInput());
    await submitCard(setup.db, "user_1", { paymentId: second.providerPaymentId, cardNumber: "4000002760003184" });
    expect(await failChallenge(setup.db, "user_1", second.providerPaymentId)).toMatchObject({ status: "failed", failureCode: "authentication_failed" });
    expect((await setup.provider.capturePayment({ providerPaymentId: second.providerPaymentId, idempotencyKey: "c2" })).status).toBe("failed");
  });

  it("takes a card only once and refuses other customers' payments", async () => {
    const created = await setup.provider.createPayment(paymentInput());
    await expect(submitCard(setup.db, "user_2", { paymentId: created.providerPaymentId, cardNumber: "4242424242424242" })).rejects.toMatchObject({
      status: "NOT_FOUND",
    });
    await expect(submitCard(setup.db, "user_1", { paymentId: created.providerPaymentId, cardNumber: "4111111111111111" })).rejects.toThrow(/cardNumber/);
    await submitCard(setup.db, "user_1", { paymentId: created.providerPaymentId, cardNumber: "4242424242424242" });
    await expect(submitCard(setup.db, "user_1", { paymentId: created.providerPaymentId, cardNumber: "4000000000000002" })).rejects.toMatchObject({
      status: "CONFLICT",
    });
    expect((await setup.provider.retrievePayment(created.providerPaymentId)).status).toBe("succeeded");
  });
});

describe("sandbox provider: saved cards (renewals, dunning)", () => {
  it("charges a saved 4242 off-session at once", async () => {
    const result = await setup.provider.createPayment(paymentInput({ savedMethod: saved("sbx_pm_4242"), offSession: true, amount: 990 }));
    expect(result).toMatchObject({ status: "succeeded", amountCaptured: 990, nextActionUrl: null });
  });

  it("0341 pays the first time and declines every renewal", async () => {
    const first = await setup.provider.createPayment(paymentInput({ savePaymentMethod: true }));
    const paid = await submitCard(setup.db, "user_1", { paymentId: first.providerPaymentId, cardNumber: "4000000000000341" });
    expect(paid.savedMethod?.providerMethodId).toBe("sbx_pm_0341_user_1");
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const renewal = await setup.provider.createPayment(paymentInput({ savedMethod: saved(paid.savedMethod!.providerMethodId), offSession: true }));
      expect(renewal).toMatchObject({ status: "failed", failureCode: "card_declined", amountCaptured: 0 });
    }
  });

  it("a saved 3184 off-session asks the customer to authenticate; 0002 and unknown tokens fail", async () => {
    const sca = await setup.provider.createPayment(paymentInput({ savedMethod: saved("sbx_pm_3184"), offSession: true }));
    expect(sca).toMatchObject({ status: "requires_action", failureCode: "authentication_required" });
    expect(sca.nextActionUrl).toContain(sca.providerPaymentId);
    expect((await setup.provider.createPayment(paymentInput({ savedMethod: saved("sbx_pm_0002"), offSession: true }))).failureCode).toBe("card_declined");
    expect((await setup.provider.createPayment(paymentInput({ savedMethod: saved("pm_nope"), offSession: true }))).failureCode).toBe("invalid_payment_method");
  });
});

describe("sandbox provider: idempotency and refunds", () => {
  it("the same idempotency key returns the same payment, even concurrently; other parameters are refused", async () => {
    const input = paymentInput({ savedMethod: saved("sbx_pm_4242"), offSession: true });
    const results = await Promise.all(Array.from({ length: 8 }, () => setup.provider.createPayment(input)));
    expect(new Set(results.map((result) => result.providerPaymentId)).size).toBe(1);
    expect(await setup.db.paymentsSandboxPayment.count()).toBe(1);
    await expect(setup.provider.createPayment({ ...input, amount: input.amount + 1 })).rejects.toThrow(/different parameters/);
  });

  it("refunds partially up to the paid amount, replays a refund key, and never over-refunds concurrently", async () => {
    const payment = await setup.provider.createPayment(paymentInput({ savedMethod: saved("sbx_pm_4242"), amount: 1_000 }));
    const base = { providerPaymentId: payment.providerPaymentId, currency: "EUR" };
    const first = await setup.provider.refund({ ...base, amount: 300, idempotencyKey: "r1" });
    expect(first.status).toBe("succeeded");
    expect(await setup.provider.refund({ ...base, amount: 300, idempotencyKey: "r1" })).toEqual(first);

    // 700 left: of two concurrent 400 refunds exactly one goes through.
    const outcomes = await Promise.allSettled([
      setup.provider.refund({ ...base, amount: 400, idempotencyKey: "r2" }),
      setup.provider.refund({ ...base, amount: 400, idempotencyKey: "r3" }),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const row = await setup.db.paymentsSandboxPayment.findUniqueOrThrow({ where: { id: payment.providerPaymentId } });
    expect(row.amountRefunded).toBe(700);
    await expect(setup.provider.refund({ ...base, amount: 301, idempotencyKey: "r4" })).rejects.toThrow(/exceeds/);
    expect((await setup.provider.refund({ ...base, amount: 300, idempotencyKey: "r5" })).status).toBe("succeeded");
  });

  it("refuses to refund a payment that did not succeed", async () => {
    const declined = await setup.provider.createPayment(paymentInput({ savedMethod: saved("sbx_pm_0002") }));
    await expect(setup.provider.refund({ providerPaymentId: declined.providerPaymentId, amount: 1, currency: "EUR", idempotencyKey: "r" })).rejects.toThrow(
      /only succeeded/,
    );
  });
});
