import { CredentialsSignin } from "@auth/core/errors";

/**
 * Auth.js hides why a Credentials sign-in failed; its `code` is the one detail that reaches the
 * sign-in page (as `?code=` or `error.code` from signIn()). These codes say only what the user may
 * know: "invalid" for every bad email/password/locked/suspended case (no enumeration), "unverified"
 * only after a correct password, "rate_limited" to show a wait instead of "wrong password".
 */
export type SignInErrorCode = "invalid" | "unverified" | "rate_limited" | "invalid_link";

export class TillboxSignInError extends CredentialsSignin {
  constructor(
    code: SignInErrorCode,
    /** Set for "rate_limited": how long the page should ask the user to wait. */
    readonly retryAfterSeconds?: number,
  ) {
    super(code);
    this.code = code;
  }
}

export const signInErrorCodes: readonly SignInErrorCode[] = ["invalid", "unverified", "rate_limited", "invalid_link"];

/** The code of a failed signIn() (server action error or `?code=` of the error redirect), else "invalid". */
export function signInErrorCode(error: unknown): SignInErrorCode {
  const code = typeof error === "string" ? error : (error as { code?: unknown } | null)?.code;
  return signInErrorCodes.includes(code as SignInErrorCode) ? (code as SignInErrorCode) : "invalid";
}

/** HTTP status a sign-in UI should answer with for a code (a rate-limited attempt is a 429). */
export function signInErrorStatus(code: SignInErrorCode): number {
  return code === "rate_limited" ? 429 : code === "unverified" ? 403 : 401;
}
