/**
 * Auth.js reports every Credentials failure as error "CredentialsSignin"; the provider's `code`
 * says which kind (packages/auth). Only "rate limited" gets its own message: anything else stays
 * generic so the form never tells an attacker whether an account exists.
 */
export function signInFailureMessage(result: { error?: string; code?: string; status?: number } | undefined): string | null {
  if (!result) return "Sign-in is not available right now. Try again in a moment.";
  if (!result.error) return null;
  const code = result.code ?? "";
  if (result.status === 429 || code.startsWith("rate_limited")) {
    const seconds = Number(/(\d+)/.exec(code)?.[1]);
    return Number.isFinite(seconds) && seconds > 0
      ? `Too many sign-in attempts. Try again in ${seconds} seconds.`
      : "Too many sign-in attempts. Wait a minute, then try again.";
  }
  if (result.error === "CredentialsSignin") return "Email or password is incorrect.";
  return "Sign-in failed. Try again in a moment.";
}

/** Only same-origin paths: an open redirect would let a phishing link bounce through our sign-in. */
export function safeCallbackPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  if (value.startsWith("/sign-in")) return "/";
  return value;
}
