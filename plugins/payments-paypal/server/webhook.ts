import { WebhookVerificationError, type ProviderWebhookEvent } from "@tillbox/plugin-sdk";
import type { PaypalClient } from "./client";

const SIGNATURE_HEADERS = {
  auth_algo: "paypal-auth-algo",
  cert_url: "paypal-cert-url",
  transmission_id: "paypal-transmission-id",
  transmission_sig: "paypal-transmission-sig",
  transmission_time: "paypal-transmission-time",
} as const;

interface PaypalEvent {
  id?: string;
  event_type?: string;
  resource?: {
    id?: string;
    custom_id?: string;
    purchase_units?: { custom_id?: string }[];
    supplementary_data?: { related_ids?: { order_id?: string } };
  };
}

/** custom_id is "<tenantId>:<paymentId>" (set when the order was created). */
const tenantOf = (customId: string | undefined) => customId?.split(":")[0] || undefined;

/**
 * Asks PayPal to verify the transmission (POST /v1/notifications/verify-webhook-signature)
 * before anything in the body is trusted. The event is embedded byte for byte: PayPal checks
 * the signature against the body as sent, and re-serialised JSON may differ.
 */
export async function parsePaypalWebhook(
  client: PaypalClient,
  webhookId: string,
  request: { headers: Headers; rawBody: string },
): Promise<ProviderWebhookEvent> {
  const fields: Record<string, string> = {};
  for (const [field, header] of Object.entries(SIGNATURE_HEADERS)) {
    const value = request.headers.get(header);
    if (!value) throw new WebhookVerificationError(`Missing ${header} header.`);
    fields[field] = value;
  }
  let event: PaypalEvent;
  try {
    event = JSON.parse(request.rawBody) as PaypalEvent;
  } catch {
    throw new WebhookVerificationError("Body is not JSON.");
  }
  const envelope = JSON.stringify({ ...fields, webhook_id: webhookId }).slice(0, -1);
  const verification = await client<{ verification_status?: string }>({
    method: "POST",
    path: "/v1/notifications/verify-webhook-signature",
    body: `${envelope},"webhook_event":${request.rawBody}}`,
  });
  if (verification.verification_status !== "SUCCESS") throw new WebhookVerificationError("PayPal did not verify the webhook signature.");
  if (!event.id) throw new WebhookVerificationError("Event has no id.");

  const type = event.event_type ?? "";
  const resource = event.resource ?? {};
  if (type.startsWith("CHECKOUT.ORDER.") && resource.id) {
    return { id: event.id, type: "payment.updated", providerPaymentId: resource.id, tenantId: tenantOf(resource.purchase_units?.[0]?.custom_id) };
  }
  const orderId = resource.supplementary_data?.related_ids?.order_id;
  if (type === "PAYMENT.CAPTURE.REFUNDED" || type === "PAYMENT.CAPTURE.REVERSED") {
    return { id: event.id, type: "refund.updated", providerRefundId: resource.id, providerPaymentId: orderId, tenantId: tenantOf(resource.custom_id) };
  }
  if (type.startsWith("PAYMENT.CAPTURE.") && orderId) {
    return { id: event.id, type: "payment.updated", providerPaymentId: orderId, tenantId: tenantOf(resource.custom_id) };
  }
  return { id: event.id, type: "ignored" };
}
