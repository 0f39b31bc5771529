import Stripe from "stripe";
import type { CreatePaymentInput } from "@tillbox/plugin-sdk";
import { FAKE_SECRET_KEY, startFakeStripe, type FakeStripe } from "./fake-stripe/server";

export const WEBHOOK_SECRET = "whsec_test_fake";

/** A fake Stripe on a local port and the env pointing the plugin at it. */
export async function setupFakeStripe(): Promise<FakeStripe> {
  const fake = await startFakeStripe();
  process.env.STRIPE_SECRET_KEY = FAKE_SECRET_KEY;
  process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET;
  process.env.STRIPE_API_BASE = fake.apiBase;
  return fake;
}

export function clearStripeEnv(): void {
  for (const name of ["STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_API_BASE"]) delete process.env[name];
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

const signer = new Stripe("sk_test_unused");

/** A Stripe event, signed by the SDK with the endpoint secret the plugin reads from env. */
export function signedEvent(id: string, type: string, object: object, secret = WEBHOOK_SECRET): { headers: Headers; rawBody: string } {
  const rawBody = JSON.stringify({ id, object: "event", type, data: { object } });
  const header = signer.webhooks.generateTestHeaderString({ payload: rawBody, secret, timestamp: Math.floor(Date.now() / 1000) });
  return { headers: new Headers({ "Stripe-Signature": header }), rawBody };
}
