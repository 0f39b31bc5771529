import { afterEach, describe, expect, it } from "vitest";
import { WebhookVerificationError } from "@tillbox/plugin-sdk";
import { buildSandboxWebhook, parseSandboxWebhook, SANDBOX_SIGNATURE_HEADER } from "../server/webhook";

const now = 1_750_000_000;
const event = { id: "evt_1", type: "payment.updated" as const, data: { paymentId: "sbx_pay_1", tenantId: "default" } };

afterEach(() => {
  delete process.env.SANDBOX_WEBHOOK_SECRET;
  // Next's types (via the SDK's web page helpers) mark NODE_ENV read-only; tests set it on purpose.
  (process.env as Record<string, string>).NODE_ENV = "test";
});

describe("sandbox webhooks", () => {
  it("accepts a fresh, correctly signed event and normalises it", () => {
    const request = buildSandboxWebhook(event, { timestamp: now });
    expect(parseSandboxWebhook(request, now + 60)).toEqual({ id: "evt_1", type: "payment.updated", providerPaymentId: "sbx_pay_1", tenantId: "default" });
    const refund = buildSandboxWebhook({ type: "refund.updated", data: { refundId: "sbx_re_1", paymentId: "sbx_pay_1" } }, { timestamp: now });
    expect(parseSandboxWebhook(refund, now)).toMatchObject({ type: "refund.updated", providerRefundId: "sbx_re_1" });
  });

  it("signs with SANDBOX_WEBHOOK_SECRET: HMAC-SHA256 over `t.body` (known vector)", () => {
    process.env.SANDBOX_WEBHOOK_SECRET = "key";
    const rawBody = "body";
    // printf '1.body' | openssl dgst -sha256 -hmac key
    const headers = new Headers({ [SANDBOX_SIGNATURE_HEADER]: "t=1,v1=91b5374b153842ad05b2c4eab9349b8321b14703165bd3fb8b034dfb8be98ae5" });
    expect(() => parseSandboxWebhook({ headers, rawBody }, 1)).toThrow(/not JSON/); // the signature passed: only the body is wrong
  });

  it("rejects a forged signature, a tampered body, a missing header and another secret", () => {
    const request = buildSandboxWebhook(event, { timestamp: now });
    const forged = new Headers({ [SANDBOX_SIGNATURE_HEADER]: `t=${now},v1=${"0".repeat(64)}` });
    expect(() => parseSandboxWebhook({ headers: forged, rawBody: request.rawBody }, now)).toThrow(WebhookVerificationError);
    expect(() => parseSandboxWebhook({ ...request, rawBody: request.rawBody.replace("sbx_pay_1", "sbx_pay_2") }, now)).toThrow(WebhookVerificationError);
    expect(() => parseSandboxWebhook({ headers: new Headers(), rawBody: request.rawBody }, now)).toThrow(/Missing Sandbox-Signature/);
    expect(() => parseSandboxWebhook(buildSandboxWebhook(event, { timestamp: now, secret: "other" }), now)).toThrow(WebhookVerificationError);
  });

  it("rejects timestamps more than 300 s away", () => {
    const request = buildSandboxWebhook(event, { timestamp: now });
    expect(() => parseSandboxWebhook(request, now + 300)).not.toThrow();
    expect(() => parseSandboxWebhook(request, now + 301)).toThrow(/tolerance/);
    expect(() => parseSandboxWebhook(request, now - 301)).toThrow(/tolerance/);
  });

  it("needs SANDBOX_WEBHOOK_SECRET in production", () => {
    // Next's types (via the SDK's web page helpers) mark NODE_ENV read-only; tests set it on purpose.
    (process.env as Record<string, string>).NODE_ENV = "production";
    expect(() => buildSandboxWebhook(event)).toThrow(/SANDBOX_WEBHOOK_SECRET/);
  });
});
