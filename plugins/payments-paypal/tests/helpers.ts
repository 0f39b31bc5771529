import type { CreatePaymentInput } from "@tillbox/plugin-sdk";
import { clearPaypalTokenCache } from "../server/client";
import { FAKE_CLIENT, startFakePaypal, type FakePaypal } from "./fake-paypal/server";

/** A fake PayPal on a local port and the env pointing the plugin at it. */
export async function setupFakePaypal(): Promise<FakePaypal> {
  const fake = await startFakePaypal();
  clearPaypalTokenCache();
  Object.assign(process.env, {
    PAYPAL_CLIENT_ID: FAKE_CLIENT.id,
    PAYPAL_CLIENT_SECRET: FAKE_CLIENT.secret,
    PAYPAL_WEBHOOK_ID: FAKE_CLIENT.webhookId,
    PAYPAL_API_BASE: fake.apiBase,
  });
  return fake;
}

export function clearPaypalEnv(): void {
  for (const name of ["PAYPAL_CLIENT_ID", "PAYPAL_CLIENT_SECRET", "PAYPAL_WEBHOOK_ID", "PAYPAL_API_BASE"]) delete process.env[name];
}

let counter = 0;

export function paymentInput(overrides: Partial<CreatePaymentInput> = {}): CreatePaymentInput {
  counter += 1;
  return {
    tenantId: "default",
    paymentId: `pay_${counter}`,
    invoiceId: `inv_${counter}`,
    amount: 2_900,
    currency: "EUR",
    description: "Pro plan (monthly)",
    customer: { userId: "user_1", email: "ada@example.test", name: "Ada", country: "DE" },
    returnUrl: "http://localhost:3000/checkout/return",
    savePaymentMethod: false,
    offSession: false,
    idempotencyKey: `idem_${counter}`,
    ...overrides,
  };
}
