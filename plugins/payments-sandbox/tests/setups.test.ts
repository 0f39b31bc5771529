import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SetupPaymentMethodInput } from "@tillbox/plugin-sdk";
import { failChallenge, submitCard } from "../server/card-form";
import { createSandboxProvider } from "../server/provider";
import { setupSandbox, type SandboxSetup } from "./helpers/setup";

let setup: SandboxSetup;
beforeEach(async () => {
  process.env.WEB_URL = "https://shop.example";
  setup = await setupSandbox();
});
afterEach(async () => {
  delete process.env.WEB_URL;
  await setup.close();
});

let counter = 0;
function setupInput(overrides: Partial<SetupPaymentMethodInput> = {}): SetupPaymentMethodInput {
  counter += 1;
  return {
    tenantId: "default",
    reference: `ref_${counter}`,
    returnUrl: "https://shop.example/return",
    idempotencyKey: `setup_${counter}_${Math.random()}`,
    customer: { userId: "user_1", email: "ada@example.test", name: "Ada", country: "DE" },
    ...overrides,
  };
}

const provider = () => setup.provider;
const setupOf = (id: string) => setup.db.paymentsSandboxPayment.findUniqueOrThrow({ where: { id } });

describe("sandbox payment method setups (trials)", () => {
  it("without a saved card sends the customer to the card form; 4242 then saves a per-customer method, nothing charged", async () => {
    const started = await provider().setupPaymentMethod!(setupInput({ reference: "our-payment-1" }));
    expect(started).toMatchObject({
      status: "requires_action",
      nextActionUrl: `https://shop.example/checkout/sandbox-action?payment=${started.providerSetupId}`,
      savedMethod: null,
    });
    expect(started.providerSetupId).toMatch(/^sbx_seti_/);
    expect(await setupOf(started.providerSetupId)).toMatchObject({ amount: 0, paymentId: "our-payment-1", savePaymentMethod: true, status: "awaiting_card" });
    // Still waiting: confirming before the card changes nothing.
    expect((await provider().confirmSetup!({ providerSetupId: started.providerSetupId, idempotencyKey: "c0" })).status).toBe("requires_action");

    await submitCard(setup.db, "user_1", { paymentId: started.providerSetupId, cardNumber: "4242 4242 4242 4242" });
    const confirmed = await createSandboxProvider({ db: setup.db }).confirmSetup!({ providerSetupId: started.providerSetupId, idempotencyKey: "c1" });
    expect(confirmed).toEqual({
      providerSetupId: started.providerSetupId,
      status: "succeeded",
      nextActionUrl: null,
      failureCode: null,
      failureMessage: null,
      savedMethod: { providerMethodId: "sbx_pm_4242_user_1", providerCustomerId: "sbx_cus_user_1", brand: "visa", last4: "4242", expMonth: 12, expYear: 2099 },
    });
    await expect(provider().refund({ providerPaymentId: started.providerSetupId, amount: 1, currency: "EUR", idempotencyKey: "r" })).rejects.toThrow(/exceeds/);
  });

  it("0341 saves fine (its renewals decline later); 0002 fails the setup", async () => {
    const good = await provider().setupPaymentMethod!(setupInput());
    await submitCard(setup.db, "user_1", { paymentId: good.providerSetupId, cardNumber: "4000 0000 0000 0341" });
    const saved = await provider().confirmSetup!({ providerSetupId: good.providerSetupId, idempotencyKey: "g" });
    expect(saved).toMatchObject({ status: "succeeded", savedMethod: { providerMethodId: "sbx_pm_0341_user_1", last4: "0341" } });
    const renewal = await provider().createPayment({
      tenantId: "default",
      paymentId: "p1",
      invoiceId: "i1",
      amount: 900,
      currency: "EUR",
      description: "renewal",
      returnUrl: "",
      savePaymentMethod: false,
      customer: { userId: "user_1", email: null, name: null, country: null },
      savedMethod: saved.savedMethod!,
      offSession: true,
      idempotencyKey: "renew-1",
    });
    expect(renewal).toMatchObject({ status: "failed", failureCode: "card_declined" });

    const bad = await provider().setupPaymentMethod!(setupInput());
    await submitCard(setup.db, "user_1", { paymentId: bad.providerSetupId, cardNumber: "4000000000000002" });
    expect(await provider().confirmSetup!({ providerSetupId: bad.providerSetupId, idempotencyKey: "b" })).toMatchObject({
      status: "failed",
      failureCode: "card_declined",
      savedMethod: null,
    });
  });

  it("3184 asks for 3-D Secure: confirm after the challenge saves it, a failed challenge fails it", async () => {
    const first = await provider().setupPaymentMethod!(setupInput());
    await submitCard(setup.db, "user_1", { paymentId: first.providerSetupId, cardNumber: "4000 0027 6000 3184" });
    expect(await provider().confirmSetup!({ providerSetupId: first.providerSetupId, idempotencyKey: "a" })).toMatchObject({
      status: "succeeded",
      savedMethod: { last4: "3184" },
    });
    const second = await provider().setupPaymentMethod!(setupInput());
    await submitCard(setup.db, "user_1", { paymentId: second.providerSetupId, cardNumber: "4000 0027 6000 3184" });
    await failChallenge(setup.db, "user_1", second.providerSetupId);
    expect(await provider().confirmSetup!({ providerSetupId: second.providerSetupId, idempotencyKey: "b" })).toMatchObject({
      status: "failed",
      failureCode: "authentication_failed",
    });
  });

  it("verifies a saved card at once, without a page", async () => {
    const saved = { providerMethodId: "sbx_pm_4242_user_1", providerCustomerId: "sbx_cus_user_1" };
    expect(await provider().setupPaymentMethod!(setupInput({ savedMethod: saved }))).toMatchObject({
      status: "succeeded",
      nextActionUrl: null,
      savedMethod: { providerMethodId: "sbx_pm_4242_user_1" },
    });
    const declined = { providerMethodId: "sbx_pm_0002_user_1", providerCustomerId: "sbx_cus_user_1" };
    expect(await provider().setupPaymentMethod!(setupInput({ savedMethod: declined }))).toMatchObject({ status: "failed", failureCode: "card_declined" });
  });

  it("replays a setup for the same key and reference; another reference with that key is refused", async () => {
    const input = setupInput();
    const [a, b] = await Promise.all([provider().setupPaymentMethod!(input), provider().setupPaymentMethod!(input)]);
    expect(a.providerSetupId).toBe(b.providerSetupId);
    expect(await setup.db.paymentsSandboxPayment.count({ where: { idempotencyKey: input.idempotencyKey } })).toBe(1);
    await expect(provider().setupPaymentMethod!({ ...input, reference: "other" })).rejects.toThrow(/different parameters/);
  });
});
