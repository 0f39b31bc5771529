import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "Tillbox-Signature";

/** Hex HMAC-SHA256 of `${timestamp}.${rawBody}`: binding the timestamp stops replays of old bodies. */
export function computeSignature(secret: string, timestamp: number, rawBody: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${rawBody}`).digest("hex");
}

/** `t=<unix seconds>,v1=<hex>[,v1=<hex>…]`: one v1 per active secret (two during a rotation). */
export function buildSignatureHeader(secrets: readonly string[], timestamp: number, rawBody: string): string {
  const signatures = secrets.map((secret) => `v1=${computeSignature(secret, timestamp, rawBody)}`);
  return [`t=${timestamp}`, ...signatures].join(",");
}

export interface ParsedSignatureHeader {
  timestamp: number;
  signatures: string[];
}

export function parseSignatureHeader(header: string): ParsedSignatureHeader | null {
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of header.split(",")) {
    const [key, value] = part.trim().split("=", 2);
    if (!value) continue;
    if (key === "t" && /^\d+$/.test(value)) timestamp = Number(value);
    // Unknown schemes (v0, future v2) are ignored so senders can add them without breaking receivers.
    if (key === "v1" && /^[0-9a-f]{64}$/i.test(value)) signatures.push(value.toLowerCase());
  }
  return timestamp === null || signatures.length === 0 ? null : { timestamp, signatures };
}

/**
 * True when one v1 signature of `header` matches `secret` over `rawBody` and the timestamp is
 * within `toleranceSeconds` of now. Pass the body exactly as received (not re-serialised JSON).
 */
export function verifyWebhookSignature(
  secret: string,
  header: string | null | undefined,
  rawBody: string,
  toleranceSeconds = 300,
  nowSeconds = Math.floor(Date.now() / 1000),
): boolean {
  if (!header) return false;
  const parsed = parseSignatureHeader(header);
  if (!parsed) return false;
  if (Math.abs(nowSeconds - parsed.timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(computeSignature(secret, parsed.timestamp, rawBody), "hex");
  // Constant-time comparison so response timing does not leak how many bytes matched.
  return parsed.signatures.some((signature) => {
    const candidate = Buffer.from(signature, "hex");
    return candidate.length === expected.length && timingSafeEqual(candidate, expected);
  });
}
