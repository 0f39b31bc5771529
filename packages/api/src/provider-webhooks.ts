import { DomainError, handleProviderWebhook, WebhookVerificationError, type PaymentProviders } from "@tillbox/core";
import { getDb, type Db } from "@tillbox/db";
import { billingClock } from "./billing-context";
import { BodyTooLargeError, bodyTooLargeMessage, declaresTooLarge, readBodyText, webhookBodyLimit } from "./body-limit";
import { paymentProvidersFor } from "./payment-providers";
import { subscriptionDepsFor } from "./subscription-deps";

const json = (status: number, body: unknown) => Response.json(body, { status, headers: { "cache-control": "no-store" } });

/**
 * POST /api/webhooks/<provider>: the raw body goes to the provider plugin for signature
 * verification before anything else. 200 {received:true} for processed, duplicate and ignored
 * events; 400 {error} when verification fails (nothing was written); 413 past
 * TILLBOX_MAX_WEBHOOK_BODY_BYTES; never a stack trace.
 */
export async function handleProviderWebhookRequest(
  request: Request,
  providerKey: string,
  options: { db?: Db; providers?: PaymentProviders } = {},
): Promise<Response> {
  if (request.method !== "POST") return json(405, { error: "METHOD_NOT_ALLOWED" });
  // Public and unauthenticated until verified: read no more than a provider event can need.
  const limit = webhookBodyLimit();
  const tooLarge = () => json(413, { error: "PAYLOAD_TOO_LARGE", message: bodyTooLargeMessage(limit) });
  if (declaresTooLarge(request, limit)) return tooLarge();
  let rawBody: string;
  try {
    rawBody = await readBodyText(request, limit);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return tooLarge();
    throw error;
  }
  try {
    const db = options.db ?? getDb();
    const providers = options.providers ?? (await paymentProvidersFor(db));
    // Subscription deps let an asynchronous decline send the same "payment failed" mail as a renewal's.
    const subscriptions = await subscriptionDepsFor(db);
    const outcome = await handleProviderWebhook({ db, providers, clock: billingClock(), subscriptions }, providerKey, { headers: request.headers, rawBody });
    return json(200, { received: true, status: outcome.status });
  } catch (error) {
    if (error instanceof WebhookVerificationError) return json(400, { error: "WEBHOOK_SIGNATURE_INVALID", message: error.message });
    if (error instanceof DomainError) {
      const status = error.status === "NOT_FOUND" ? 404 : error.status === "CONFLICT" ? 409 : 400;
      return json(status, { error: error.code, message: error.message });
    }
    if (error instanceof SyntaxError) return json(400, { error: "WEBHOOK_BODY_INVALID" });
    console.error(`Provider webhook ${providerKey} failed:`, error);
    // 500 makes the provider retry later; the event was not recorded, so the retry is processed.
    return json(500, { error: "INTERNAL_ERROR" });
  }
}
