import { randomBytes } from "node:crypto";

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface FakePaypalState {
  orders: Map<string, Json>;
  refunds: Map<string, Json>;
  /** What new refunds answer (default COMPLETED); PENDING ones are settled by setting their status. */
  refundStatus?: "COMPLETED" | "PENDING";
  /** vault id → whether charging it declines (for dunning tests). */
  vaults: Map<string, { customerId: string; declines: boolean }>;
  declineNextCapture: boolean;
}

type Result = [number, Json];
const id = (length = 17) => randomBytes(length).toString("hex").slice(0, length).toUpperCase();
const unprocessable = (issue: string, description: string): Result => [422, { name: "UNPROCESSABLE_ENTITY", details: [{ issue, description }] }];
const notFound = (): Result => [
  404,
  { name: "RESOURCE_NOT_FOUND", details: [{ issue: "INVALID_RESOURCE_ID", description: "Specified resource ID does not exist." }] },
];

/** PayPal refuses decimals for these; other currencies need exactly two. */
function amountProblem(amount: Json): Result | null {
  const whole = ["JPY", "HUF", "TWD"].includes(amount.currency_code);
  if (whole && !/^\d+$/.test(amount.value)) return unprocessable("DECIMALS_NOT_SUPPORTED", "Currency does not support decimals.");
  if (!whole && !/^\d+\.\d{2}$/.test(amount.value)) return unprocessable("DECIMAL_PRECISION", "The value field must have two decimals.");
  return null;
}

function captureInto(state: FakePaypalState, order: Json, declined: boolean): void {
  const unit = order.purchase_units[0];
  unit.payments = { captures: [{ id: id(), status: declined ? "DECLINED" : "COMPLETED", amount: unit.amount, custom_id: unit.custom_id, _refunded: 0 }] };
  order.status = "COMPLETED";
  const wantsVault = order._vault === "ON_SUCCESS";
  if (wantsVault && !declined) {
    const vaultId = `vault_${id(10).toLowerCase()}`;
    const customerId = `cust_${id(10).toLowerCase()}`;
    state.vaults.set(vaultId, { customerId, declines: false });
    order.payment_source = { paypal: { attributes: { vault: { id: vaultId, status: "VAULTED", customer: { id: customerId } } } } };
  }
}

const publicOrder = (order: Json): Json => JSON.parse(JSON.stringify(order, (key, value) => (key.startsWith("_") ? undefined : value)));

export function handleOrders(state: FakePaypalState, method: string, path: string, body: Json | null): Result {
  let match: RegExpMatchArray | null;
  if (method === "POST" && path === "/v2/checkout/orders") {
    if (body?.intent !== "CAPTURE") return unprocessable("INVALID_INTENT", "intent must be CAPTURE");
    const unit = body.purchase_units?.[0];
    const problem = amountProblem(unit?.amount ?? {});
    if (problem) return problem;
    const paypal = body.payment_source?.paypal ?? {};
    const orderId = id();
    const order: Json = {
      id: orderId,
      intent: "CAPTURE",
      status: "PAYER_ACTION_REQUIRED",
      purchase_units: [{ ...unit }],
      _vault: paypal.attributes?.vault?.store_in_vault,
    };
    if (paypal.vault_id) {
      const vault = state.vaults.get(paypal.vault_id);
      if (!vault) return unprocessable("INVALID_VAULT_ID", "The vault id is invalid.");
      captureInto(state, order, vault.declines);
    } else {
      order.links = [{ rel: "payer-action", href: `https://www.sandbox.paypal.com/checkoutnow?token=${orderId}`, method: "GET" }];
      order._returnUrl = paypal.experience_context?.return_url;
    }
    state.orders.set(orderId, order);
    return [201, publicOrder(order)];
  }
  if (method === "GET" && (match = path.match(/^\/v2\/checkout\/orders\/([^/]+)$/))) {
    const order = state.orders.get(match[1]!);
    return order ? [200, publicOrder(order)] : notFound();
  }
  if (method === "POST" && (match = path.match(/^\/v2\/checkout\/orders\/([^/]+)\/capture$/))) {
    const order = state.orders.get(match[1]!);
    if (!order) return notFound();
    if (order.status === "COMPLETED") return unprocessable("ORDER_ALREADY_CAPTURED", "Order already captured.");
    if (order.status !== "APPROVED") return unprocessable("ORDER_NOT_APPROVED", "Payer has not yet approved the Order for payment.");
    if (state.declineNextCapture) {
      state.declineNextCapture = false;
      return unprocessable("INSTRUMENT_DECLINED", "The instrument presented was either declined by the processor or bank.");
    }
    captureInto(state, order, false);
    return [201, publicOrder(order)];
  }
  if (method === "POST" && (match = path.match(/^\/v2\/payments\/captures\/([^/]+)\/refund$/))) {
    const capture = [...state.orders.values()]
      .flatMap((order) => order.purchase_units[0].payments?.captures ?? [])
      .find((entry: Json) => entry.id === match![1]);
    if (!capture || (capture.status !== "COMPLETED" && capture.status !== "PARTIALLY_REFUNDED")) return notFound();
    const problem = amountProblem(body?.amount ?? {});
    if (problem) return problem;
    const cents = Math.round(Number(body!.amount.value) * 100);
    const paid = Math.round(Number(capture.amount.value) * 100);
    if (capture._refunded + cents > paid)
      return unprocessable("REFUND_AMOUNT_EXCEEDED", "The refund amount must be less than or equal to the capture amount that has not yet been refunded.");
    capture._refunded += cents;
    capture.status = capture._refunded === paid ? "REFUNDED" : "PARTIALLY_REFUNDED";
    const refund = { id: id(), status: state.refundStatus ?? "COMPLETED", amount: body!.amount, note_to_payer: body!.note_to_payer };
    state.refunds.set(refund.id, refund);
    return [201, refund];
  }
  if (method === "GET" && (match = path.match(/^\/v2\/payments\/refunds\/([^/]+)$/))) {
    const refund = state.refunds.get(match[1]!);
    return refund ? [200, refund] : notFound();
  }
  return notFound();
}
