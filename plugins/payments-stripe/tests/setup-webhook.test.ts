import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WebhookVerificationError, type PaymentProvider, type SetupPaymentMethodInput } from "@tillbox/plugin-sdk";
import { createStripeProvider } from "../server/provider";
import type { FakeStripe } from "./fake-stripe/server";
import { clearStripeEnv, setupFakeStripe, signedEvent } from "./helpers";

let fake: FakeStripe;
let provider: PaymentProvider;

beforeEach(async () => {
  fake = await setupFakeStripe();
  provider = createStripeProvider();
});
afterEach(async () => {
  clearStripeEnv();
  await fake.close();
});

const setupInput = (overrides: Partial<SetupPaymentMethodInput> = {}): SetupPaymentMethodInput => ({
  tenantId: "default",
  reference: "our-setup-1",
  returnUrl: "http://localhost:3000/account/billing/return",
  idempotencyKey: `setup-${Math.random()}`,
  customer: { userId: "user_1", email: "ada@example.test", name: "Ada", country: "DE" },
  ...overrides,
});
/** A saved card re-verified for a new trial, with 3-D Secure asked: a SetupIntent of its own. */
async function setupWith3ds() {
  const started = await provider.setupPaymentMethod!(
    setupInput({ savedMethod: { providerMethodId: "pm_card_authenticationRequired", providerCustomerId: "cus_saved" } }),
  );
  expect(started).toMatchObject({ status: "requires_action" });
  return started.providerSetupId;
}
const setupReads = (id: string) => fake.requests.filter((request) => request.method === "GET" && request.path === `/v1/setup_intents/${id}`).length;

describe("Stripe setups settled by webhook (the customer never returns to capture)", () => {
  it("setup_intent.succeeded names the setup core stored; retrieveSetup reads the saved card from Stripe", async () => {
    const setupId = await setupWith3ds();
    const object = fake.finishSetupIntentAction(setupId);
    const event = await provider.parseWebhook(signedEvent("evt_si_ok", "setup_intent.succeeded", object));
    expect(event).toEqual({ id: "evt_si_ok", type: "payment.updated", providerPaymentId: setupId, tenantId: "default" });
    expect(await provider.retrieveSetup!(event.providerPaymentId!)).toEqual({
      providerSetupId: setupId,
      status: "succeeded",
      nextActionUrl: null,
      savedMethod: {
        providerMethodId: "pm_card_authenticationRequired",
        providerCustomerId: "cus_saved",
        brand: "visa",
        last4: "3184",
        expMonth: 12,
        expYear: 2034,
      },
    });
    expect(setupReads(setupId)).toBe(1);
  });

  it("setup_intent.setup_failed: retrieveSetup reads the failure", async () => {
    const setupId = await setupWith3ds();
    const object = fake.finishSetupIntentAction(setupId, "failed");
    const event = await provider.parseWebhook(signedEvent("evt_si_failed", "setup_intent.setup_failed", object));
    expect(event).toMatchObject({ type: "payment.updated", providerPaymentId: setupId });
    expect(await provider.retrieveSetup!(setupId)).toMatchObject({ status: "failed", failureCode: "setup_intent_authentication_failure" });
  });

  it("the body is not the truth: an event claiming success for a setup Stripe still holds for 3-D Secure reads requires_action", async () => {
    const setupId = await setupWith3ds();
    const lie = { ...fake.state.setupIntents.get(setupId)!, status: "succeeded" };
    const event = await provider.parseWebhook(signedEvent("evt_si_lie", "setup_intent.succeeded", lie));
    expect(await provider.retrieveSetup!(event.providerPaymentId!)).toMatchObject({ status: "requires_action" });
  });

  it("a setup-mode Checkout Session: its completion names the session; its SetupIntent's own events are ignored", async () => {
    const started = await provider.setupPaymentMethod!(setupInput());
    const intent = fake.completeSetupSession(started.providerSetupId);
    expect(intent.metadata).toMatchObject({ tillbox_payment_id: "our-setup-1", tillbox_source: "checkout_session" });
    expect(await provider.parseWebhook(signedEvent("evt_si_session", "setup_intent.succeeded", intent))).toEqual({ id: "evt_si_session", type: "ignored" });
    const session = fake.state.sessions.get(started.providerSetupId)!;
    const event = await provider.parseWebhook(signedEvent("evt_cs_setup", "checkout.session.completed", { ...session, mode: "setup" }));
    expect(event).toMatchObject({ type: "payment.updated", providerPaymentId: started.providerSetupId });
    expect(await provider.retrieveSetup!(started.providerSetupId)).toMatchObject({ status: "succeeded", savedMethod: { providerMethodId: "pm_card_visa" } });
  });

  it("other setup_intent events are ignored; a forged signature is refused before anything is read", async () => {
    const setupId = await setupWith3ds();
    const object = fake.state.setupIntents.get(setupId)!;
    expect(await provider.parseWebhook(signedEvent("evt_si_created", "setup_intent.created", object))).toEqual({ id: "evt_si_created", type: "ignored" });
    const succeeded = fake.finishSetupIntentAction(setupId);
    await expect(provider.parseWebhook(signedEvent("evt_forged", "setup_intent.succeeded", succeeded, "whsec_attacker"))).rejects.toBeInstanceOf(
      WebhookVerificationError,
    );
    expect(setupReads(setupId)).toBe(0);
  });
});
