import { readSessionClaims, type SessionClaims } from "./session-token";
import { readSignedToken, signToken } from "./signed-token";

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

export function signSessionUpdate(claims: SessionClaims | null, from: string | null, env: Env = process.env, now = Date.now()): string {
  return signToken({ claims, from }, SESSION_UPDATE_TTL_SECONDS, env, now);
}

/** The update behind a token, or null when it is forged, expired or malformed. Every AUTH_SECRET entry verifies. */
export function verifySessionUpdate(token: unknown, env: Env = process.env, now = Date.now()): SessionUpdate | null {
  const parsed = readSignedToken(token, env, now);
  if (!parsed) return null;
  if (parsed.from !== null && typeof parsed.from !== "string") return null;
  const claims = parsed.claims === null ? null : readSessionClaims(parsed.claims);
  if (parsed.claims !== null && !claims) return null;
  return { claims, from: parsed.from as string | null, exp: parsed.exp };
}
