import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Context } from "@tillbox/plugin-sdk";
import { createTestCaller, createTestContext } from "@tillbox/plugin-sdk/testing";
import { paymentsSandboxRouter } from "../server/router";
import { paymentInput, setupSandbox, type SandboxSetup } from "./helpers/setup";

let setup: SandboxSetup;
let enabled = true;
beforeEach(async () => {
  enabled = true;
  setup = await setupSandbox();
});
afterEach(async () => {
  await setup.close();
});

function callerAs(userId: string | null) {
  const base = createTestContext({ db: setup.db, permissions: [], enabled: () => enabled });
  const actor: Context["actor"] = userId ? { kind: "user", id: userId, permissions: new Set() } : { kind: "anonymous", id: null, permissions: new Set() };
  return createTestCaller(paymentsSandboxRouter, { ...base, actor });
}

describe("payments-sandbox router", () => {
  it("lists the test cards to anyone", async () => {
    const cards = await callerAs(null).cards();
    expect(cards.map((card) => card.number)).toEqual(["4242 4242 4242 4242", "4000 0000 0000 0002", "4000 0027 6000 3184", "4000 0000 0000 0341"]);
  });

  it("lets the paying customer see and pay their own sandbox payment through the card form", async () => {
    const { providerPaymentId } = await setup.provider.createPayment(paymentInput({ amount: 4_200 }));
    const ada = callerAs("user_1");
    expect(await ada.payment({ paymentId: providerPaymentId })).toMatchObject({
      amount: 4_200,
      currency: "EUR",
      stage: "awaiting_card",
      status: "requires_action",
    });
    expect(await ada.submitCard({ paymentId: providerPaymentId, cardNumber: "4000 0027 6000 3184" })).toMatchObject({ status: "requires_action" });
    expect(await ada.failChallenge({ paymentId: providerPaymentId })).toMatchObject({ status: "failed", failureCode: "authentication_failed" });
  });

  it("hides the payment from other users, refuses anonymous callers and answers while disabled with PLUGIN_DISABLED", async () => {
    const { providerPaymentId } = await setup.provider.createPayment(paymentInput());
    await expect(callerAs("user_2").payment({ paymentId: providerPaymentId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerAs("user_2").submitCard({ paymentId: providerPaymentId, cardNumber: "4242424242424242" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerAs(null).payment({ paymentId: providerPaymentId })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(callerAs("user_1").submitCard({ paymentId: providerPaymentId, cardNumber: "1234 5678 9012 3456" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    enabled = false;
    await expect(callerAs("user_1").cards()).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    expect((await setup.provider.retrievePayment(providerPaymentId)).status).toBe("requires_action");
  });
});
