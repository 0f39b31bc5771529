import { rateLimitMessage } from "./form-errors";
import type { SignInOutcome } from "./sign-in-actions";

/**
 * The few things a sign-in page may say (codes from @tillbox/auth's TillboxSignInError). Anything
 * unknown gets the generic answer: the form must never reveal whether an address has an account.
 */
export type SignInProblem =
  { kind: "invalid" } | { kind: "unverified" } | { kind: "invalid_link" } | { kind: "rate_limited"; message: string } | { kind: "failed" };

export function signInProblem(outcome: Extract<SignInOutcome, { ok: false }>): SignInProblem {
  switch (outcome.code) {
    case "rate_limited":
      return { kind: "rate_limited", message: rateLimitMessage(outcome.retryAfterSeconds ?? 60) };
    case "unverified":
      return { kind: "unverified" };
    case "invalid_link":
      return { kind: "invalid_link" };
    case "invalid":
      return { kind: "invalid" };
    default:
      return { kind: "failed" };
  }
}

export const invalidCredentialsMessage = "The email or password is incorrect.";
