import type { FormObject } from "./form";
import { newId, paymentMethodJson, TEST_METHODS, type FakeStripeState, type Json } from "./state";

type Result = [number, Json] | null;
const expandOf = (body: FormObject) => (Array.isArray(body.expand) ? (body.expand as string[]) : []);

/** Customers and SetupIntents (cards saved without a charge); null = not a route of this file. */
export function handleSetupRequest(state: FakeStripeState, method: string, path: string, body: FormObject): Result {
  let match: RegExpMatchArray | null;
  if (method === "POST" && path === "/v1/customers") {
    const id = state.customer();
    return [200, { id, object: "customer", email: body.email ?? null, name: body.name ?? null, metadata: body.metadata ?? {} }];
  }
  if (method === "POST" && path === "/v1/setup_intents") return createSetupIntent(state, body);
  if (method === "GET" && (match = path.match(/^\/v1\/setup_intents\/([^/]+)$/))) {
    const intent = state.setupIntents.get(match[1]!);
    return intent
      ? [200, state.expandSetupIntent(intent, expandOf(body))]
      : [404, { error: { type: "invalid_request_error", code: "resource_missing", message: "No such setup_intent" } }];
  }
  return null;
}

function createSetupIntent(state: FakeStripeState, body: FormObject): [number, Json] {
  const methodId = String(body.payment_method);
  const method = TEST_METHODS[methodId];
  if (!method) return [404, { error: { type: "invalid_request_error", code: "resource_missing", message: `No such payment_method: ${methodId}` } }];
  const base = { customer: body.customer ?? null, payment_method: methodId, metadata: body.metadata ?? {}, usage: body.usage ?? "off_session" };
  if (method.outcome === "succeeds") return [200, state.expandSetupIntent(state.setupIntent({ ...base, status: "succeeded" }), expandOf(body))];
  if (method.outcome === "authentication") {
    const next = { type: "redirect_to_url", redirect_to_url: { url: `https://hooks.stripe.test/3ds/${newId("src")}`, return_url: body.return_url } };
    return [200, state.expandSetupIntent(state.setupIntent({ ...base, status: "requires_action", next_action: next }), expandOf(body))];
  }
  const error = {
    type: "card_error",
    code: "card_declined",
    decline_code: "generic_decline",
    message: "Your card was declined.",
    payment_method: paymentMethodJson(methodId),
  };
  const intent = state.setupIntent({ ...base, status: "requires_payment_method", last_setup_error: error });
  return [402, { error: { ...error, setup_intent: intent } }];
}
