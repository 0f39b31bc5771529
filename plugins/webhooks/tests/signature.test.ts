import { describe, expect, it } from "vitest";
import { buildSignatureHeader, computeSignature, parseSignatureHeader, verifyWebhookSignature } from "../server/signature";

const secret = "whsec_test_secret";
const body = JSON.stringify({ id: "evt_1", type: "invoice.paid", data: { amount: 1200 } });
const now = 1_750_000_000;

describe("webhook signatures", () => {
  it("signs timestamp.body with HMAC-SHA256 (known vector)", () => {
    // Computed independently: printf '1.body' | openssl dgst -sha256 -hmac key
    expect(computeSignature("key", 1, "body")).toBe("91b5374b153842ad05b2c4eab9349b8321b14703165bd3fb8b034dfb8be98ae5");
    expect(computeSignature(secret, now, body)).toMatch(/^[0-9a-f]{64}$/);
    expect(computeSignature(secret, now, body)).not.toBe(computeSignature(secret, now + 1, body));
  });

  it("verifies a fresh, untampered request", () => {
    const header = buildSignatureHeader([secret], now, body);
    expect(header).toMatch(/^t=1750000000,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(secret, header, body, 300, now + 10)).toBe(true);
  });

  it("rejects a tampered body", () => {
    const header = buildSignatureHeader([secret], now, body);
    expect(verifyWebhookSignature(secret, header, body.replace("1200", "9999"), 300, now)).toBe(false);
  });

  it("rejects a stale or future timestamp", () => {
    const header = buildSignatureHeader([secret], now, body);
    expect(verifyWebhookSignature(secret, header, body, 300, now + 301)).toBe(false);
    expect(verifyWebhookSignature(secret, header, body, 300, now - 301)).toBe(false);
  });

  it("rejects a wrong secret, a missing header and garbage", () => {
    const header = buildSignatureHeader([secret], now, body);
    expect(verifyWebhookSignature("whsec_other", header, body, 300, now)).toBe(false);
    expect(verifyWebhookSignature(secret, undefined, body, 300, now)).toBe(false);
    expect(verifyWebhookSignature(secret, "t=abc,v1=zz", body, 300, now)).toBe(false);
  });

  it("rejects a replayed signature with a rewritten timestamp", () => {
    const header = buildSignatureHeader([secret], now, body);
    const replayed = header.replace(`t=${now}`, `t=${now + 1000}`);
    expect(verifyWebhookSignature(secret, replayed, body, 300, now + 1000)).toBe(false);
  });

  it("carries one v1 per secret during rotation; either secret verifies", () => {
    const header = buildSignatureHeader(["whsec_new", "whsec_old"], now, body);
    expect(parseSignatureHeader(header)?.signatures).toHaveLength(2);
    expect(verifyWebhookSignature("whsec_new", header, body, 300, now)).toBe(true);
    expect(verifyWebhookSignature("whsec_old", header, body, 300, now)).toBe(true);
    expect(verifyWebhookSignature("whsec_unrelated", header, body, 300, now)).toBe(false);
  });
});
