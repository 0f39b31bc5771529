import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SetupPaymentMethodInput } from "@tillbox/plugin-sdk";
import { createStripeProvider } from "../server/provider";
import type { FakeStripe } from "./fake-stripe/server";
import { clearStripeEnv, setupFakeStripe } from "./helpers";

let fake: FakeStripe;
beforeEach(async () => {
  fake = await setupFakeStripe();
});
afterEach(async () => {
  clearStripeEnv();
  await fake.close();
});

const input = (overrides: Partial<SetupPaymentMethodInput> = {}): SetupPaymentMethodInput => ({
  tenantId: "default",
  reference: "our-setup-1",
  returnUrl: "http://localhost:3000/account/billing/return",
  idempotencyKey: `setup-${Math.random()}`,
  customer: { userId: "user_1", email: "ada@example.test", name: "Ada", country: "DE" },
  ...overrides,
});

describe("Stripe provider: saving a card for a trial (SetupIntents)", () => {
  it("without a saved card: a Customer and a setup-mode Checkout Session; after the page, confirm reads the saved card", async () => {
    const provider = createStripeProvider();
    const started = await provider.setupPaymentMethod!(input({ idempotencyKey: "k-setup" }));
    expect(started.providerSetupId).toMatch(/^cs_test_/);
    expect(started).toMatchObject({ status: "requires_action", nextActionUrl: `https://checkout.stripe.test/c/setup/${started.providerSetupId}` });
    const customer = fake.requests.find((request) => request.path === "/v1/customers")!;
    expect(customer).toMatchObject({ idempotencyKey: "k-setup:customer", body: { email: "ada@example.test", metadata: { tillbox_user_id: "user_1" } } });
    const session = fake.requests.find((request) => request.path === "/v1/checkout/sessions")!;
    expect(session.idempotencyKey).toBe("k-setup");
    expect(session.body).toMatchObject({
      mode: "setup",
      allowed_payment_method_types: ["card"],
      client_reference_id: "our-setup-1",
      setup_intent_data: { metadata: { tillbox_payment_id: "our-setup-1" } },
    });
    expect(session.body).not.toHaveProperty("line_items");
    const customerId = [...fake.state.customers.keys()][0]!;
    expect(session.body.customer).toBe(customerId);

    expect((await provider.confirmSetup!({ providerSetupId: started.providerSetupId, idempotencyKey: "c0" })).status).toBe("requires_action");
    // A declined card keeps the page open (Stripe lets the customer try another).
    fake.completeSetupSession(started.providerSetupId, "pm_card_chargeDeclined");
    expect((await provider.confirmSetup!({ providerSetupId: started.providerSetupId, idempotencyKey: "c1" })).status).toBe("requires_action");
    fake.completeSetupSession(started.providerSetupId, "pm_card_visa");
    expect(await provider.confirmSetup!({ providerSetupId: started.providerSetupId, idempotencyKey: "c2" })).toEqual({
      providerSetupId: started.providerSetupId,
      status: "succeeded",
      nextActionUrl: null,
      savedMethod: { providerMethodId: "pm_card_visa", providerCustomerId: customerId, brand: "visa", last4: "4242", expMonth: 12, expYear: 2034 },
    });
    // Nothing was charged.
    expect(fake.state.intents.size).toBe(0);
  });

  it("an expired setup page fails the setup", async () => {
    const provider = createStripeProvider();
    const started = await provider.setupPaymentMethod!(input());
    fake.expireSession(started.providerSetupId);
    expect(await provider.confirmSetup!({ providerSetupId: started.providerSetupId, idempotencyKey: "c" })).toMatchObject({
      status: "failed",
      failureCode: "expired",
    });
  });

  it("with a saved card: a SetupIntent confirmed at once; declines and 3-D Secure are reported, nothing thrown", async () => {
    const provider = createStripeProvider();
    const saved = (providerMethodId: string) => ({ providerMethodId, providerCustomerId: "cus_saved" });
    const ok = await provider.setupPaymentMethod!(input({ savedMethod: saved("pm_card_visa"), idempotencyKey: "k-saved" }));
    expect(ok).toMatchObject({ status: "succeeded", savedMethod: { providerMethodId: "pm_card_visa", providerCustomerId: "cus_saved", last4: "4242" } });
    expect(ok.providerSetupId).toMatch(/^seti_/);
    const sent = fake.requests.find((request) => request.path === "/v1/setup_intents")!;
    expect(sent).toMatchObject({
      idempotencyKey: "k-saved",
      body: { customer: "cus_saved", payment_method: "pm_card_visa", confirm: "true", usage: "off_session" },
    });
    expect((await provider.confirmSetup!({ providerSetupId: ok.providerSetupId, idempotencyKey: "c" })).status).toBe("succeeded");

    const declined = await provider.setupPaymentMethod!(input({ savedMethod: saved("pm_card_chargeDeclined") }));
    expect(declined).toMatchObject({ status: "failed", failureCode: "generic_decline" });
    expect(declined.providerSetupId).toMatch(/^seti_/);
    const sca = await provider.setupPaymentMethod!(input({ savedMethod: saved("pm_card_authenticationRequired") }));
    expect(sca).toMatchObject({ status: "requires_action" });
    expect(sca.nextActionUrl).toMatch(/^https:\/\/hooks\.stripe\.test\/3ds\//);
  });

  it("a retried setup with the same key makes no second session", async () => {
    const provider = createStripeProvider();
    const request = input({ idempotencyKey: "k-retry" });
    const first = await provider.setupPaymentMethod!(request);
    const second = await provider.setupPaymentMethod!(request);
    expect(second.providerSetupId).toBe(first.providerSetupId);
    expect(fake.state.sessions.size).toBe(1);
    expect(fake.state.customers.size).toBe(1);
  });
});
