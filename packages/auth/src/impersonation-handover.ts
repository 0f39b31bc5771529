import { readSignedToken, signToken } from "./signed-token";

/**
 * The back-office hands an impersonation to the portal with this token, posted in a form body
 * (never in a URL, where logs, history and Referer headers would keep it). It names the
 * ImpersonationSession and nothing else: the portal redeems it once (core's
 * redeemImpersonationHandover) and builds the session from the database, not from the token.
 */
export const HANDOVER_TTL_SECONDS = 60;

/** Keeps a hand-over from being accepted as any other signed token (and the reverse). */
const purpose = "impersonation-handover";

type Env = Record<string, string | undefined>;

export function signHandover(sessionId: string, env: Env = process.env, now = Date.now()): string {
  return signToken({ purpose, sessionId }, HANDOVER_TTL_SECONDS, env, now);
}

/** The session a hand-over names, or null when it is forged, expired, malformed or another kind of token. */
export function verifyHandover(token: unknown, env: Env = process.env, now = Date.now()): { sessionId: string } | null {
  const parsed = readSignedToken(token, env, now);
  return parsed?.purpose === purpose && typeof parsed.sessionId === "string" ? { sessionId: parsed.sessionId } : null;
}
