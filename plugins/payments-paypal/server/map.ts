import type { ProviderPaymentResult, SavedMethodDetails } from "@tillbox/plugin-sdk";
import { fromPaypalValue } from "./money";

/** The parts of a PayPal Orders v2 order the plugin reads. */
export interface PaypalOrder {
  id: string;
  status: "CREATED" | "SAVED" | "APPROVED" | "VOIDED" | "COMPLETED" | "PAYER_ACTION_REQUIRED";
  links?: { href: string; rel: string }[];
  payment_source?: { paypal?: { attributes?: { vault?: { id?: string; status?: string; customer?: { id?: string } } } } };
  purchase_units?: {
    custom_id?: string;
    amount?: { currency_code: string; value: string };
    payments?: { captures?: PaypalCapture[] };
  }[];
}

export interface PaypalCapture {
  id: string;
  status: "COMPLETED" | "DECLINED" | "PARTIALLY_REFUNDED" | "PENDING" | "REFUNDED" | "FAILED";
  amount: { currency_code: string; value: string };
  status_details?: { reason?: string };
}

export const captureOf = (order: PaypalOrder): PaypalCapture | undefined => order.purchase_units?.[0]?.payments?.captures?.[0];

/** The approval page: "payer-action" with payment_source.paypal, "approve" in the older flow. */
const approveLink = (order: PaypalOrder) => order.links?.find((link) => link.rel === "payer-action" || link.rel === "approve")?.href ?? null;

function savedMethodOf(order: PaypalOrder): SavedMethodDetails | null {
  const vault = order.payment_source?.paypal?.attributes?.vault;
  if (!vault?.id || vault.status !== "VAULTED") return null;
  return { providerMethodId: vault.id, providerCustomerId: vault.customer?.id ?? null, brand: "paypal", last4: null, expMonth: null, expYear: null };
}

/**
 * Order and capture states onto the contract. APPROVED means the buyer agreed but nothing is
 * captured yet: "pending" until capturePayment captures it.
 */
export function mapOrder(order: PaypalOrder): ProviderPaymentResult {
  const unit = order.purchase_units?.[0];
  const currency = unit?.amount?.currency_code?.toUpperCase();
  const base = { providerPaymentId: order.id, currency, amountCaptured: 0, nextActionUrl: null, savedMethod: savedMethodOf(order) };
  switch (order.status) {
    case "CREATED":
    case "SAVED":
    case "PAYER_ACTION_REQUIRED":
      return { ...base, status: "requires_action", nextActionUrl: approveLink(order) };
    case "APPROVED":
      return { ...base, status: "pending" };
    case "VOIDED":
      return { ...base, status: "canceled" };
    case "COMPLETED": {
      const capture = captureOf(order);
      if (!capture) return { ...base, status: "pending" };
      const captured = fromPaypalValue(capture.amount.value, capture.amount.currency_code);
      if (capture.status === "COMPLETED" || capture.status === "PARTIALLY_REFUNDED" || capture.status === "REFUNDED") {
        return { ...base, status: "succeeded", amountCaptured: captured };
      }
      if (capture.status === "PENDING") return { ...base, status: "pending" };
      return {
        ...base,
        status: "failed",
        failureCode: capture.status_details?.reason?.toLowerCase() ?? "declined",
        failureMessage: `PayPal capture ${capture.status.toLowerCase()}`,
      };
    }
    default:
      return { ...base, status: "pending" };
  }
}

export function mapRefundStatus(status: string | undefined): "pending" | "succeeded" | "failed" {
  if (status === "COMPLETED") return "succeeded";
  if (status === "CANCELLED" || status === "FAILED") return "failed";
  return "pending";
}
