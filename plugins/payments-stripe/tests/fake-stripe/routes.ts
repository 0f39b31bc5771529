import type { FormObject } from "./form";
import { handleSetupRequest } from "./setup-routes";
import { newId, paymentMethodJson, TEST_METHODS, type FakeStripeState, type Json } from "./state";

type Result = [number, Json];
const notFound = (what: string): Result => [404, { error: { type: "invalid_request_error", code: "resource_missing", message: `No such ${what}` } }];
const expandOf = (body: FormObject) => (Array.isArray(body.expand) ? (body.expand as string[]) : []);
const int = (value: unknown) => Number.parseInt(String(value), 10);

export function handleRequest(state: FakeStripeState, method: string, path: string, body: FormObject): Result {
  let match: RegExpMatchArray | null;
  const setup = handleSetupRequest(state, method, path, body);
  if (setup) return setup;
  if (method === "POST" && path === "/v1/checkout/sessions") return body.mode === "setup" ? createSetupSession(state, body) : createSession(state, body);
  if (method === "GET" && (match = path.match(/^\/v1\/checkout\/sessions\/([^/]+)$/))) {
    const session = state.sessions.get(match[1]!);
    return session ? [200, publicSession(state.expandSession(session, expandOf(body)))] : notFound("checkout.session");
  }
  if (method === "POST" && path === "/v1/payment_intents") return createIntent(state, body);
  if (method === "GET" && (match = path.match(/^\/v1\/payment_intents\/([^/]+)$/))) {
    const intent = state.intents.get(match[1]!);
    return intent ? [200, state.expandIntent(intent, expandOf(body))] : notFound("payment_intent");
  }
  if (method === "POST" && (match = path.match(/^\/v1\/payment_intents\/([^/]+)\/capture$/))) {
    const intent = state.intents.get(match[1]!);
    if (!intent) return notFound("payment_intent");
    if (intent.status !== "requires_capture")
      return [400, { error: { type: "invalid_request_error", code: "payment_intent_unexpected_state", message: "Cannot capture." } }];
    Object.assign(intent, { status: "succeeded", amount_received: intent.amount });
    return [200, state.expandIntent(intent, expandOf(body))];
  }
  if (method === "POST" && path === "/v1/refunds") return createRefund(state, body);
  if (method === "GET" && (match = path.match(/^\/v1\/refunds\/([^/]+)$/))) {
    const refund = state.refunds.get(match[1]!);
    return refund ? [200, refund] : notFound("refund");
  }
  return notFound(`route ${method} ${path}`);
}

/** Fields starting with "_" are the fake's own bookkeeping, not part of Stripe's object. */
const publicSession = (session: Json) => Object.fromEntries(Object.entries(session).filter(([key]) => !key.startsWith("_")));

function createSession(state: FakeStripeState, body: FormObject): Result {
  const item = (body.line_items as FormObject[])[0]!;
  const price = item.price_data as FormObject;
  const id = newId("cs_test");
  const session: Json = {
    id,
    object: "checkout.session",
    mode: body.mode,
    status: "open",
    payment_status: "unpaid",
    amount_total: int(price.unit_amount) * int(item.quantity),
    currency: price.currency,
    url: `https://checkout.stripe.test/c/pay/${id}`,
    success_url: body.success_url,
    client_reference_id: body.client_reference_id ?? null,
    customer: null,
    customer_email: body.customer_email ?? null,
    metadata: body.metadata ?? {},
    payment_intent: null,
    _payment_intent_data: body.payment_intent_data ?? {},
    _customer_creation: body.customer_creation ?? null,
  };
  state.sessions.set(id, session);
  return [200, publicSession(session)];
}

/** Setup mode: no line items, no amount; the card is attached to the named customer when completed. */
function createSetupSession(state: FakeStripeState, body: FormObject): Result {
  const id = newId("cs_test");
  const session: Json = {
    id,
    object: "checkout.session",
    mode: "setup",
    status: "open",
    payment_status: "no_payment_required",
    amount_total: null,
    currency: null,
    url: `https://checkout.stripe.test/c/setup/${id}`,
    success_url: body.success_url,
    client_reference_id: body.client_reference_id ?? null,
    customer: body.customer ?? null,
    metadata: body.metadata ?? {},
    setup_intent: null,
    payment_intent: null,
    _setup_intent_data: body.setup_intent_data ?? {},
    _allowed_types: body.allowed_payment_method_types ?? null,
  };
  state.sessions.set(id, session);
  return [200, publicSession(session)];
}

function createIntent(state: FakeStripeState, body: FormObject): Result {
  const methodId = String(body.payment_method);
  const method = TEST_METHODS[methodId];
  if (!method) return notFound(`payment_method: ${methodId}`);
  const offSession = body.off_session === "true";
  const base = {
    amount: int(body.amount),
    currency: body.currency,
    customer: body.customer ?? null,
    payment_method: methodId,
    metadata: body.metadata ?? {},
    description: body.description ?? null,
  };
  if (method.outcome === "succeeds") {
    const intent = state.intent({ ...base, status: "succeeded", amount_received: base.amount });
    return [200, state.expandIntent(intent, expandOf(body))];
  }
  if (method.outcome === "authentication" && !offSession) {
    const intent = state.intent({
      ...base,
      status: "requires_action",
      next_action: { type: "redirect_to_url", redirect_to_url: { url: `https://hooks.stripe.test/3ds/${newId("src")}`, return_url: body.return_url } },
    });
    return [200, state.expandIntent(intent, expandOf(body))];
  }
  const code = method.outcome === "declines" ? "card_declined" : "authentication_required";
  const message = code === "card_declined" ? "Your card was declined." : "Your card was declined. This transaction requires authentication.";
  const error = {
    type: "card_error",
    code,
    decline_code: code === "card_declined" ? "generic_decline" : "authentication_required",
    message,
    payment_method: paymentMethodJson(methodId),
  };
  const intent = state.intent({ ...base, status: "requires_payment_method", last_payment_error: error });
  return [402, { error: { ...error, payment_intent: intent } }];
}

function createRefund(state: FakeStripeState, body: FormObject): Result {
  const intent = state.intents.get(String(body.payment_intent));
  if (!intent || intent.status !== "succeeded")
    return [400, { error: { type: "invalid_request_error", message: "This PaymentIntent has no successful charge to refund." } }];
  const refunded = [...state.refunds.values()]
    .filter((refund) => refund.payment_intent === intent.id)
    .reduce((sum, refund) => sum + (refund.amount as number), 0);
  const amount = body.amount ? int(body.amount) : (intent.amount_received as number) - refunded;
  if (refunded + amount > (intent.amount_received as number)) {
    return [
      400,
      {
        error: {
          type: "invalid_request_error",
          code: "charge_already_refunded",
          message: `Refund amount (${amount}) is greater than unrefunded amount on charge.`,
        },
      },
    ];
  }
  const refund = {
    id: newId("re"),
    object: "refund",
    amount,
    currency: intent.currency,
    payment_intent: intent.id,
    status: state.refundStatus,
    failure_reason: null,
    metadata: body.metadata ?? {},
  };
  state.refunds.set(refund.id, refund);
  return [200, refund];
}
