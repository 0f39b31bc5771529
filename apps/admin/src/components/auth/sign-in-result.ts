import { createTranslator } from "next-intl";
import en from "../../../messages/en.json";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** English, for callers outside a page (tests); the form passes the page's translator. */
const english: Translate = createTranslator({ locale: "en", messages: en, namespace: "signIn" }) as unknown as Translate;

/**
 * Auth.js reports every Credentials failure as error "CredentialsSignin"; the provider's `code`
 * says which kind (packages/auth). Only "rate limited" gets its own message: anything else stays
 * generic so the form never tells an attacker whether an account exists. `t` reads app.signIn.
 */
export function signInFailureMessage(result: { error?: string; code?: string; status?: number } | undefined, t: Translate = english): string | null {
  if (!result) return t("unavailable");
  if (!result.error) return null;
  const code = result.code ?? "";
  if (result.status === 429 || code.startsWith("rate_limited")) {
    const seconds = Number(/(\d+)/.exec(code)?.[1]);
    return Number.isFinite(seconds) && seconds > 0 ? t("rateLimitedSeconds", { seconds }) : t("rateLimited");
  }
  if (result.error === "CredentialsSignin") return t("invalid");
  return t("failed");
}

/** Only same-origin paths: an open redirect would let a phishing link bounce through our sign-in. */
export function safeCallbackPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  if (value.startsWith("/sign-in")) return "/";
  return value;
}
