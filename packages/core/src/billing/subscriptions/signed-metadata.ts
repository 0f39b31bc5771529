import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { canonicalJson } from "../idempotency/canonical-json";

/**
 * Cart metadata is also customer input (checkout accepts free-form metadata for plugins), so a
 * customer could post a `subscriptionChange` with made-up amounts. The proration and renewal
 * handlers only act on metadata this process resolved from the database and signed with a key
 * that never leaves it. Resolving and pricing happen in the same call, so a per-process key is enough.
 */
const key = randomBytes(32);

function macOf(payload: unknown): string {
  return createHmac("sha256", key).update(canonicalJson(payload)).digest("hex");
}

export function signPayload<T extends object>(payload: T): T & { mac: string } {
  return { ...payload, mac: macOf(payload) };
}

/** The payload without its mac when the mac is ours and matches, else null. */
export function verifiedPayload<T extends object>(value: unknown): T | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const { mac, ...payload } = value as { mac?: unknown };
  if (typeof mac !== "string" || mac.length !== 64) return null;
  const expected = Buffer.from(macOf(payload), "hex");
  const given = Buffer.from(mac, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected) ? (payload as T) : null;
}
