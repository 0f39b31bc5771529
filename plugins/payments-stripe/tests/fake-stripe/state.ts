import { randomBytes } from "node:crypto";

/** What the fake keeps; JSON shaped like Stripe's objects (only the fields the plugin reads). */
export type Json = Record<string, unknown>;

export const newId = (prefix: string) => `${prefix}_${randomBytes(10).toString("hex")}`;

/** Test payment methods, named like Stripe's test tokens. */
export const TEST_METHODS: Record<string, { last4: string; outcome: "succeeds" | "declines" | "authentication" }> = {
  pm_card_visa: { last4: "4242", outcome: "succeeds" },
  pm_card_chargeDeclined: { last4: "0002", outcome: "declines" },
  pm_card_authenticationRequired: { last4: "3184", outcome: "authentication" },
};

export function paymentMethodJson(id: string): Json {
  const method = TEST_METHODS[id];
  return { id, object: "payment_method", type: "card", card: { brand: "visa", last4: method?.last4 ?? "0000", exp_month: 12, exp_year: 2034 } };
}

export class FakeStripeState {
  sessions = new Map<string, Json>();
  intents = new Map<string, Json>();
  refunds = new Map<string, Json>();
  customers = new Map<string, Json>();
  setupIntents = new Map<string, Json>();
  /** What new refunds answer: "pending" like many card refunds, settled later with settleRefund. */
  refundStatus: "succeeded" | "pending" = "succeeded";

  setupIntent(fields: Json): Json {
    const intent: Json = {
      id: newId("seti"),
      object: "setup_intent",
      customer: null,
      last_setup_error: null,
      metadata: {},
      next_action: null,
      payment_method: null,
      cancellation_reason: null,
      usage: "off_session",
      ...fields,
    };
    this.setupIntents.set(intent.id as string, intent);
    return intent;
  }

  expandSetupIntent(intent: Json, expand: string[], prefix = ""): Json {
    const method = intent.payment_method;
    return expand.includes(`${prefix}payment_method`) && typeof method === "string" ? { ...intent, payment_method: paymentMethodJson(method) } : intent;
  }

  intent(fields: Json): Json {
    const intent: Json = {
      id: newId("pi"),
      object: "payment_intent",
      amount_received: 0,
      customer: null,
      description: null,
      last_payment_error: null,
      metadata: {},
      next_action: null,
      payment_method: null,
      setup_future_usage: null,
      cancellation_reason: null,
      ...fields,
    };
    this.intents.set(intent.id as string, intent);
    return intent;
  }

  customer(): string {
    const id = newId("cus");
    this.customers.set(id, { id, object: "customer" });
    return id;
  }

  /** An intent with payment_method (and customer) expanded, as `expand[]` asks. */
  expandIntent(intent: Json, expand: string[], prefix = ""): Json {
    const method = intent.payment_method;
    return expand.includes(`${prefix}payment_method`) && typeof method === "string" ? { ...intent, payment_method: paymentMethodJson(method) } : intent;
  }

  expandSession(session: Json, expand: string[]): Json {
    if (session.mode === "setup") {
      const setup = typeof session.setup_intent === "string" ? this.setupIntents.get(session.setup_intent) : undefined;
      if (!setup || !expand.includes("setup_intent")) return session;
      return { ...session, setup_intent: this.expandSetupIntent(setup, expand, "setup_intent.") };
    }
    const intent = typeof session.payment_intent === "string" ? this.intents.get(session.payment_intent) : undefined;
    if (!intent || !expand.includes("payment_intent")) return session;
    return { ...session, payment_intent: this.expandIntent(intent, expand, "payment_intent.") };
  }
}
