import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * A key reads `tbx_<prefix id>_<secret>`. `tbx_<prefix id>` is stored in clear to find the row and to
 * show in lists; only the sha256 of the whole key is stored, so a database leak reveals no usable key.
 */
export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const prefix = `tbx_${randomBytes(6).toString("hex")}`;
  const key = `${prefix}_${randomBytes(32).toString("base64url")}`;
  return { key, prefix, hash: hashApiKey(key) };
}

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

/** The stored prefix of a presented key, or null when it can't be one of ours. */
export function apiKeyPrefix(key: string): string | null {
  const match = /^(tbx_[0-9a-f]{12})_[A-Za-z0-9_-]{43}$/.exec(key);
  return match ? match[1]! : null;
}

/** Constant-time comparison of two hex digests. */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && timingSafeEqual(left, right);
}
