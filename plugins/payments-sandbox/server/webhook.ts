import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { WebhookVerificationError, type ProviderWebhookEvent } from "@tillbox/plugin-sdk";
import { sandboxWebhookSecret } from "./env";

export const SANDBOX_SIGNATURE_HEADER = "Sandbox-Signature";
export const SANDBOX_TOLERANCE_SECONDS = 300;

/** The body the sandbox sends (and tests forge): ids only, the state is re-read from the table. */
export interface SandboxWebhookBody {
  id: string;
  type: "payment.updated" | "refund.updated";
  data: { paymentId?: string; refundId?: string; tenantId?: string };
}

function sign(secret: string, timestamp: number, rawBody: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${rawBody}`).digest("hex");
}

/** A signed webhook request as the sandbox would send it to /api/webhooks/sandbox. */
export function buildSandboxWebhook(
  event: Omit<SandboxWebhookBody, "id"> & { id?: string },
  options: { secret?: string; timestamp?: number } = {},
): { headers: Headers; rawBody: string } {
  const rawBody = JSON.stringify({ id: event.id ?? `evt_sbx_${randomUUID()}`, type: event.type, data: event.data });
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = sign(options.secret ?? sandboxWebhookSecret(), timestamp, rawBody);
  const headers = new Headers({ "Content-Type": "application/json", [SANDBOX_SIGNATURE_HEADER]: `t=${timestamp},v1=${signature}` });
  return { headers, rawBody };
}

/**
 * Verifies `Sandbox-Signature: t=…,v1=…` (HMAC-SHA256 over `${t}.${rawBody}`, 300 s tolerance)
 * before reading anything from the body, then normalises the event.
 */
export function parseSandboxWebhook(request: { headers: Headers; rawBody: string }, nowSeconds = Math.floor(Date.now() / 1000)): ProviderWebhookEvent {
  const header = request.headers.get(SANDBOX_SIGNATURE_HEADER);
  if (!header) throw new WebhookVerificationError(`Missing ${SANDBOX_SIGNATURE_HEADER} header.`);
  const parts = new Map<string, string[]>();
  for (const part of header.split(",")) {
    const [key, value] = part.trim().split("=", 2);
    if (key && value) parts.set(key, [...(parts.get(key) ?? []), value]);
  }
  const timestamp = Number(parts.get("t")?.[0]);
  if (!Number.isInteger(timestamp)) throw new WebhookVerificationError("Signature header has no timestamp.");
  if (Math.abs(nowSeconds - timestamp) > SANDBOX_TOLERANCE_SECONDS) {
    throw new WebhookVerificationError("Signature timestamp is outside the 300 s tolerance.");
  }
  const expected = Buffer.from(sign(sandboxWebhookSecret(), timestamp, request.rawBody), "hex");
  // Constant-time comparison: timing must not reveal how much of a forged signature matched.
  const valid = (parts.get("v1") ?? []).some((value) => {
    const candidate = Buffer.from(value, "hex");
    return candidate.length === expected.length && timingSafeEqual(candidate, expected);
  });
  if (!valid) throw new WebhookVerificationError("No valid v1 signature.");

  let body: Partial<SandboxWebhookBody>;
  try {
    body = JSON.parse(request.rawBody) as Partial<SandboxWebhookBody>;
  } catch {
    throw new WebhookVerificationError("Body is not JSON.");
  }
  if (typeof body.id !== "string" || !body.id) throw new WebhookVerificationError("Body has no event id.");
  const data = body.data ?? {};
  if (body.type === "payment.updated" && data.paymentId) {
    return { id: body.id, type: "payment.updated", providerPaymentId: data.paymentId, tenantId: data.tenantId };
  }
  if (body.type === "refund.updated" && data.refundId) {
    return { id: body.id, type: "refund.updated", providerRefundId: data.refundId, providerPaymentId: data.paymentId, tenantId: data.tenantId };
  }
  return { id: body.id, type: "ignored" };
}
