import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { decodeForm, type FormObject } from "./form";
import { handleRequest } from "./routes";
import { FakeStripeState, newId, TEST_METHODS, type Json } from "./state";

export const FAKE_SECRET_KEY = "sk_test_fake_123";

export interface RecordedRequest {
  method: string;
  path: string;
  idempotencyKey: string | undefined;
  body: FormObject;
}

/**
 * A local Stripe API for tests (127.0.0.1, random port): only the endpoints the plugin calls,
 * form-encoded bodies in, Stripe-shaped JSON out, Idempotency-Key honoured like Stripe's.
 */
export async function startFakeStripe() {
  const state = new FakeStripeState();
  const requests: RecordedRequest[] = [];
  const idempotent = new Map<string, { fingerprint: string; status: number; json: Json }>();

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const url = new URL(request.url ?? "/", "http://fake");
      const raw = request.method === "GET" ? url.search.slice(1) : Buffer.concat(chunks).toString("utf8");
      const body = decodeForm(raw);
      const key = request.headers["idempotency-key"] as string | undefined;
      requests.push({ method: request.method ?? "GET", path: url.pathname, idempotencyKey: key, body });
      const send = (status: number, json: Json) =>
        response.writeHead(status, { "Content-Type": "application/json", "Request-Id": newId("req") }).end(JSON.stringify(json));
      if (request.headers.authorization !== `Bearer ${FAKE_SECRET_KEY}`) {
        return send(401, { error: { type: "invalid_request_error", message: "Invalid API Key provided." } });
      }
      const fingerprint = `${request.method} ${url.pathname} ${raw}`;
      const previous = key && request.method === "POST" ? idempotent.get(key) : undefined;
      if (previous) {
        if (previous.fingerprint !== fingerprint) {
          return send(400, {
            error: { type: "idempotency_error", message: "Keys for idempotent requests can only be used with the same parameters they were first used with." },
          });
        }
        return send(previous.status, previous.json);
      }
      const [status, json] = handleRequest(state, request.method ?? "GET", url.pathname, body);
      if (key && request.method === "POST") idempotent.set(key, { fingerprint, status, json });
      send(status, json);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    apiBase: `http://127.0.0.1:${port}`,
    state,
    requests,
    /** The customer pays on the hosted page with `method` (a TEST_METHODS id). */
    completeSession(sessionId: string, method = "pm_card_visa") {
      const session = state.sessions.get(sessionId)!;
      const intentData = (session._payment_intent_data ?? {}) as Json;
      const customer = session._customer_creation === "always" ? state.customer() : null;
      const paid = TEST_METHODS[method]?.outcome === "succeeds";
      const intent = state.intent({
        amount: session.amount_total,
        currency: session.currency,
        status: paid ? "succeeded" : "requires_payment_method",
        amount_received: paid ? session.amount_total : 0,
        payment_method: method,
        customer,
        metadata: intentData.metadata ?? {},
        setup_future_usage: intentData.setup_future_usage ?? null,
      });
      if (paid) Object.assign(session, { status: "complete", payment_status: "paid", payment_intent: intent.id, customer });
      return intent;
    },
    /** The customer enters `method` on a setup-mode page: a SetupIntent for the session's customer. */
    completeSetupSession(sessionId: string, method = "pm_card_visa") {
      const session = state.sessions.get(sessionId)!;
      const data = (session._setup_intent_data ?? {}) as Json;
      const saved = TEST_METHODS[method]?.outcome === "succeeds";
      const error = { type: "card_error", code: "card_declined", decline_code: "generic_decline", message: "Your card was declined." };
      const intent = state.setupIntent({
        customer: session.customer,
        payment_method: method,
        metadata: data.metadata ?? {},
        status: saved ? "succeeded" : "requires_payment_method",
        last_setup_error: saved ? null : error,
      });
      // Like Stripe's page: a declined card keeps the session open for another try.
      if (saved) Object.assign(session, { status: "complete", setup_intent: intent.id });
      return intent;
    },
    /** The customer passes (or fails) 3-D Secure on a SetupIntent that asked for it; returns it as a webhook would carry it. */
    finishSetupIntentAction(intentId: string, outcome: "succeeded" | "failed" = "succeeded") {
      const error = { type: "card_error", code: "setup_intent_authentication_failure", message: "Authentication failed." };
      return Object.assign(
        state.setupIntents.get(intentId)!,
        outcome === "succeeded"
          ? { status: "succeeded", next_action: null, last_setup_error: null }
          : { status: "requires_payment_method", next_action: null, last_setup_error: error },
      );
    },
    /** The bank settles a pending refund; returns the Refund as Stripe would put it in the webhook. */
    settleRefund(refundId: string, status: "succeeded" | "failed" | "canceled", failureReason: string | null = null) {
      return Object.assign(state.refunds.get(refundId)!, {
        status,
        failure_reason: status === "failed" ? (failureReason ?? "expired_or_canceled_card") : null,
      });
    },
    expireSession(sessionId: string) {
      Object.assign(state.sessions.get(sessionId)!, { status: "expired", url: null });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type FakeStripe = Awaited<ReturnType<typeof startFakeStripe>>;
