import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecrets } from "./auth-secrets";

type Env = Record<string, string | undefined>;

const sign = (body: string, secret: string) => createHmac("sha256", secret).update(body).digest("base64url");

/** `payload` plus an expiry, as base64url JSON and an HMAC-SHA256 with the first AUTH_SECRET entry. */
export function signToken(payload: Record<string, unknown>, ttlSeconds: number, env: Env = process.env, now = Date.now()): string {
  const body = Buffer.from(JSON.stringify({ ...payload, exp: Math.floor(now / 1000) + ttlSeconds })).toString("base64url");
  return `${body}.${sign(body, authSecrets(env)[0]!)}`;
}

/** The payload behind a token, or null when it is forged, expired or malformed. Every AUTH_SECRET entry verifies. */
export function readSignedToken(token: unknown, env: Env = process.env, now = Date.now()): (Record<string, unknown> & { exp: number }) | null {
  if (typeof token !== "string") return null;
  const [body, signature, extra] = token.split(".");
  if (!body || !signature || extra !== undefined) return null;
  const given = Buffer.from(signature, "base64url");
  const valid = authSecrets(env).some((secret) => {
    const expected = Buffer.from(sign(body, secret), "base64url");
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
  if (!valid) return null;
  try {
    const parsed = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as unknown;
    if (typeof parsed !== "object" || parsed === null) return null;
    const { exp } = parsed as Record<string, unknown>;
    if (typeof exp !== "number" || exp * 1000 < now) return null;
    return parsed as Record<string, unknown> & { exp: number };
  } catch {
    return null;
  }
}
