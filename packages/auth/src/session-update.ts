import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecrets } from "./auth-secrets";
import { readSessionClaims, type SessionClaims } from "./session-token";

/**
 * Auth.js runs the jwt callback with trigger "update" both for the server's `unstable_update` and
 * for a browser POST to /api/auth/session, whose body anyone can write. So a session switch
 * (impersonation start/stop, re-issue after a password change) travels as a short-lived token
 * signed with AUTH_SECRET: the callback applies only what the server signed.
 */
export const SESSION_UPDATE_TTL_SECONDS = 60;

export interface SessionUpdate {
  /** The claims to carry from now on; null signs this browser out of the app. */
  claims: SessionClaims | null;
  /** Whose session may apply it (the current `sub`); null: a browser without a session. */
  from: string | null;
  exp: number;
}

type Env = Record<string, string | undefined>;

const sign = (body: string, secret: string) => createHmac("sha256", secret).update(body).digest("base64url");

export function signSessionUpdate(claims: SessionClaims | null, from: string | null, env: Env = process.env, now = Date.now()): string {
  const update: SessionUpdate = { claims, from, exp: Math.floor(now / 1000) + SESSION_UPDATE_TTL_SECONDS };
  const body = Buffer.from(JSON.stringify(update)).toString("base64url");
  return `${body}.${sign(body, authSecrets(env)[0]!)}`;
}

/** The update behind a token, or null when it is forged, expired or malformed. Every AUTH_SECRET entry verifies. */
export function verifySessionUpdate(token: unknown, env: Env = process.env, now = Date.now()): SessionUpdate | null {
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
    const parsed = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as Record<string, unknown>;
    if (typeof parsed.exp !== "number" || parsed.exp * 1000 < now) return null;
    if (parsed.from !== null && typeof parsed.from !== "string") return null;
    const claims = parsed.claims === null ? null : readSessionClaims(parsed.claims);
    if (parsed.claims !== null && !claims) return null;
    return { claims, from: parsed.from as string | null, exp: parsed.exp };
  } catch {
    return null;
  }
}
