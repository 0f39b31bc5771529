import type { CreatePaymentInput, PaymentProvider, ProviderPaymentResult } from "@tillbox/plugin-sdk";
import { createPaypalClient, PaypalApiError, type PaypalClient } from "./client";
import { paypalWebhookId } from "./env";
import { captureOf, mapOrder, mapRefundStatus, type PaypalOrder } from "./map";
import { toPaypalValue } from "./money";
import { PAYPAL_PROVIDER_KEY, paypalSettingsSchema } from "./settings";
import { parsePaypalWebhook } from "./webhook";

function purchaseUnit(input: CreatePaymentInput) {
  return {
    reference_id: input.paymentId,
    // Echoed on captures and in webhooks: lets a webhook name our tenant and payment.
    custom_id: `${input.tenantId}:${input.paymentId}`.slice(0, 127),
    description: input.description.slice(0, 127),
    amount: { currency_code: input.currency.toUpperCase(), value: toPaypalValue(input.amount, input.currency) },
  };
}

/** PayPal Orders v2 over REST (fetch, no SDK). Credentials from env; see README. */
export function createPaypalProvider(rawSettings: Record<string, unknown> = {}, options: { client?: PaypalClient } = {}): PaymentProvider {
  const parsed = paypalSettingsSchema.safeParse(rawSettings);
  const settings = parsed.success ? parsed.data : paypalSettingsSchema.parse({});
  const client = options.client ?? createPaypalClient();
  const getOrder = (id: string) => client<PaypalOrder>({ method: "GET", path: `/v2/checkout/orders/${encodeURIComponent(id)}` });

  async function capture(orderId: string, idempotencyKey: string): Promise<ProviderPaymentResult> {
    try {
      return mapOrder(
        await client<PaypalOrder>({ method: "POST", path: `/v2/checkout/orders/${encodeURIComponent(orderId)}/capture`, body: {}, requestId: idempotencyKey }),
      );
    } catch (error) {
      if (!(error instanceof PaypalApiError) || error.status !== 422) throw error;
      if (error.issue === "ORDER_ALREADY_CAPTURED") return mapOrder(await getOrder(orderId));
      // The buyer's funding source was refused; the order cannot be paid as approved.
      if (error.issue === "INSTRUMENT_DECLINED") {
        return { ...mapOrder(await getOrder(orderId)), status: "failed", failureCode: "instrument_declined", failureMessage: error.message };
      }
      throw error;
    }
  }

  async function createPayment(input: CreatePaymentInput): Promise<ProviderPaymentResult> {
    const experience = {
      return_url: input.returnUrl,
      cancel_url: input.returnUrl,
      user_action: "PAY_NOW",
      shipping_preference: "NO_SHIPPING",
      ...(settings.brandName ? { brand_name: settings.brandName } : {}),
    };
    const paypal = input.savedMethod
      ? { vault_id: input.savedMethod.providerMethodId }
      : {
          experience_context: experience,
          ...(input.savePaymentMethod ? { attributes: { vault: { store_in_vault: "ON_SUCCESS", usage_type: "MERCHANT", customer_type: "CONSUMER" } } } : {}),
        };
    const order = await client<PaypalOrder>({
      method: "POST",
      path: "/v2/checkout/orders",
      body: { intent: "CAPTURE", purchase_units: [purchaseUnit(input)], payment_source: { paypal } },
      requestId: input.idempotencyKey,
    });
    // A vaulted payer needs no approval; PayPal usually captures at once, else we capture now.
    if (input.savedMethod && order.status === "APPROVED") return capture(order.id, `${input.idempotencyKey}:capture`);
    return mapOrder(order);
  }

  return {
    key: PAYPAL_PROVIDER_KEY,
    displayName: "PayPal",
    supportsSavedMethods: true,
    createPayment,
    async capturePayment({ providerPaymentId, idempotencyKey }) {
      const order = await getOrder(providerPaymentId);
      return order.status === "APPROVED" ? capture(providerPaymentId, idempotencyKey) : mapOrder(order);
    },
    retrievePayment: async (providerPaymentId) => mapOrder(await getOrder(providerPaymentId)),
    async refund(input) {
      const captured = captureOf(await getOrder(input.providerPaymentId));
      if (!captured) throw new Error(`PayPal order ${input.providerPaymentId} has no capture to refund.`);
      const refund = await client<{ id: string; status?: string }>({
        method: "POST",
        path: `/v2/payments/captures/${encodeURIComponent(captured.id)}/refund`,
        body: {
          amount: { currency_code: input.currency.toUpperCase(), value: toPaypalValue(input.amount, input.currency) },
          ...(input.reason ? { note_to_payer: input.reason.slice(0, 255) } : {}),
        },
        requestId: input.idempotencyKey,
      });
      return { providerRefundId: refund.id, status: mapRefundStatus(refund.status) };
    },
    /** A PENDING refund (e.g. an eCheck capture) settles later: core reads it here when a refund webhook arrives. */
    async retrieveRefund(providerRefundId) {
      const refund = await client<{ id: string; status?: string }>({ method: "GET", path: `/v2/payments/refunds/${encodeURIComponent(providerRefundId)}` });
      return { providerRefundId: refund.id, status: mapRefundStatus(refund.status) };
    },
    parseWebhook: (request) => parsePaypalWebhook(client, paypalWebhookId(), request),
  };
}
