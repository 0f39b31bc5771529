"use server";

import { signIn } from "~/auth";

/**
 * Sign-in runs as a server action, not the browser's next-auth/react signIn(): there Auth.js
 * reduces a failure to its `code`, while here we still hold the provider's error and can tell the
 * page how long a rate limit lasts ("try again in N seconds"). The cookie is set on this response.
 */
export type SignInOutcome = { ok: true } | { ok: false; code: string; retryAfterSeconds?: number };

/** Auth.js rethrows the provider's CredentialsSignin subclass (TillboxSignInError) for server-side sign-ins. */
function outcomeOf(error: unknown): SignInOutcome {
  const failure = error as { type?: unknown; code?: unknown; retryAfterSeconds?: unknown } | null;
  if (failure?.type === "CredentialsSignin") {
    return {
      ok: false,
      code: typeof failure.code === "string" ? failure.code : "invalid",
      retryAfterSeconds: typeof failure.retryAfterSeconds === "number" ? failure.retryAfterSeconds : undefined,
    };
  }
  // Anything else stays on the server (logged by Auth.js); the page gets a generic failure.
  return { ok: false, code: "failed" };
}

const text = (value: unknown, max: number) => (typeof value === "string" ? value.slice(0, max) : "");

export async function signInWithPassword(email: unknown, password: unknown): Promise<SignInOutcome> {
  try {
    await signIn("credentials", { email: text(email, 254), password: text(password, 512), redirect: false });
    return { ok: true };
  } catch (error) {
    return outcomeOf(error);
  }
}

export async function signInWithMagicLink(token: unknown): Promise<SignInOutcome> {
  try {
    await signIn("magic-link", { token: text(token, 128), redirect: false });
    return { ok: true };
  } catch (error) {
    return outcomeOf(error);
  }
}
